package dev.pith.util;

/**
 * Script-aware text measures shared by the stages.
 *
 * <p>Thresholds across Pith are in words. In scripts written without spaces (Chinese,
 * Japanese, Thai) a run of letters is a whole sentence, so there every
 * {@link #CHARS_PER_UNSPACED_WORD} characters count as one word; a page is never judged
 * empty because it has no spaces.
 */
public final class TextMetrics {

    /** Average characters per word in Chinese and Japanese text. */
    public static final int CHARS_PER_UNSPACED_WORD = 2;

    private static final int THAI_START = 0x0E00;
    private static final int KHMER_END = 0x17FF;
    private static final int CJK_START = 0x2E80;

    private TextMetrics() {
    }

    /** Counts words: runs of letters or digits, and unspaced-script characters in pairs. */
    public static int words(CharSequence s) {
        return count(s).words();
    }

    /** True for characters of scripts that do not separate words with spaces. */
    public static boolean isUnspacedScript(int cp) {
        // Fast exit below Thai, and between Khmer and the CJK blocks, where most text lives.
        if (cp < THAI_START || cp > KHMER_END && cp < CJK_START) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    /**
     * Collapses every run of white space (including no-break and zero-width spaces) to one
     * space and trims the ends.
     */
    public static String collapseWhitespace(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = sb.length() > 0;
            } else if (isInvisible(c)) {
                continue;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code collapseWhitespace(s).equals(collapsed)}, answered without building the string and
     * stopping at the first difference: it is asked of many text nodes that are not the one sought.
     */
    public static boolean collapsesTo(CharSequence s, String collapsed) {
        int at = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = at > 0;
            } else if (!isInvisible(c)) {
                if (pendingSpace) {
                    if (at >= collapsed.length() || collapsed.charAt(at) != ' ') {
                        return false;
                    }
                    at++;
                    pendingSpace = false;
                }
                if (at >= collapsed.length() || collapsed.charAt(at) != c) {
                    return false;
                }
                at++;
            }
        }
        return at == collapsed.length();
    }

    /**
     * The length {@code s} has once runs of HTML white space are collapsed to one space, as in
     * jsoup's {@code TextNode.text()}, without building that string: pruning measures every
     * text node of the page.
     */
    public static int normalisedLength(String s) {
        int length = 0;
        boolean lastWasWhite = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u00A0') {
                // Printable ASCII and C1 controls, the bulk of any page, take one comparison.
                length++;
                lastWasWhite = false;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                if (!lastWasWhite) {
                    length++;
                    lastWasWhite = true;
                }
            } else if (c != '\u200B' && c != '\u00AD') {
                length++;
                lastWasWhite = false;
            }
        }
        return length;
    }

    /** Zero-width space, BOM and soft hyphen: characters that carry no text. */
    public static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD';
    }

    /** A char that shows: neither white space nor an invisible format character. */
    public static boolean isVisible(char c) {
        return !isSpace(c) && !isInvisible(c);
    }

    /** White space as HTML and Unicode see it, including no-break space. */
    public static boolean isSpace(char c) {
        if (c < Chars.ASCII_END) {
            // every text character passes here, most of them ASCII letters: one table lookup
            // (space, tab and the line breaks are Character.isWhitespace's ASCII white space)
            return Chars.isWhitespace(c);
        }
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c);
    }

    /**
     * Words, sentence marks and commas of a text, counted in one pass: the segmenter needs all
     * three for every block of every page.
     *
     * @param words  as {@link #words}
     * @param stops  characters that end a sentence or clause: {@code . ! ? ;} and their CJK,
     *               Arabic and Devanagari forms
     * @param commas commas, Latin, CJK and Arabic
     */
    public record Counts(int words, int stops, int commas) {
    }

    /** What {@link #count} does with an ASCII character, one lookup for the bulk of every text. */
    private static final byte OTHER = 0;
    private static final byte WORD_CHAR = 1;
    /** An apostrophe or hyphen: inside a word ("don't", "e-mail") it does not end it. */
    private static final byte JOINER = 2;
    private static final byte STOP = 3;
    private static final byte COMMA = 4;
    private static final byte[] ASCII_KINDS = asciiKinds();

    private static byte[] asciiKinds() {
        byte[] kinds = new byte[Chars.ASCII_END];
        for (char c = 0; c < Chars.ASCII_END; c++) {
            kinds[c] = Chars.isLetterOrDigit(c) ? WORD_CHAR
                    : c == '\'' || c == '-' ? JOINER
                    : c == '.' || c == '!' || c == '?' || c == ';' ? STOP
                    : c == ',' ? COMMA : OTHER;
        }
        return kinds;
    }

    /** Counts words, sentence marks and commas. */
    public static Counts count(CharSequence s) {
        int words = 0;
        int unspaced = 0;
        int stops = 0;
        int commas = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < Chars.ASCII_END) {
                i++;
                byte kind = ASCII_KINDS[c];
                if (kind == WORD_CHAR) {
                    if (!inWord) {
                        words++;
                        inWord = true;
                    }
                    continue;
                }
                if (kind != JOINER || !inWord) {
                    inWord = false;
                }
                if (kind == STOP) {
                    stops++;
                } else if (kind == COMMA) {
                    commas++;
                }
                continue;
            }
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (isUnspacedScript(cp)) {
                unspaced++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (cp != '\'' && cp != '\u2019' && cp != '-' || !inWord) {
                inWord = false;
            }
            if (cp == '\u3002' || cp == '\uFF01' || cp == '\uFF1F' || cp == '\u061F' || cp == '\u0964') {
                stops++;
            } else if (cp == '\uFF0C' || cp == '\u3001' || cp == '\u060C') {
                commas++;
            }
        }
        return new Counts(words + (unspaced + CHARS_PER_UNSPACED_WORD - 1) / CHARS_PER_UNSPACED_WORD, stops, commas);
    }
}
