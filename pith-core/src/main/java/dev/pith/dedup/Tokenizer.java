package dev.pith.dedup;

import dev.pith.util.TextMetrics;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits text into lines and hashed tokens in one pass. A token is a run of letters or digits,
 * lower-cased; in scripts written without spaces (Chinese, Japanese, Thai…) every character is
 * a token, so shingles there are character k-grams. Lines in Latin, Greek or Cyrillic script
 * (with any punctuation), the bulk of most corpora, are hashed straight from the input without
 * building strings; other lines are first put through {@link TextNormalizer#line} (NFKC, case). Quotes, dashes and
 * white space separate tokens and so never affect them. At most {@link #MAX_TOKENS} tokens.
 */
public final class Tokenizer {

    /** Tokens beyond this are not compared: bounds time and memory on a pathological document. */
    public static final int MAX_TOKENS = 2_000_000;
    /** The first code point of any script {@link TextMetrics#isUnspacedScript} accepts (Thai). */
    private static final int FIRST_UNSPACED = 0x0E00;
    private static final long SEED = 0x2545F4914F6CDD1DL;

    /** The fast path covers Latin, Greek and Cyrillic: characters below this. */
    private static final int FAST_LIMIT = 0x0530;
    /** In {@link #FAST_CHAR}: the character separates tokens. */
    private static final char SEPARATOR = 0;
    /** In {@link #FAST_CHAR}: the character needs the Unicode path (NFKC changes it, it combines
     *  with its neighbour, or its lower case depends on context, like a final sigma). */
    private static final char SLOW = 0xFFFF;
    /** Per character below {@link #FAST_LIMIT}: its lower-case form if it belongs to a token,
     *  else {@link #SEPARATOR} or {@link #SLOW}; derived from the JDK's own Unicode tables, so
     *  both paths give the same tokens by construction. */
    private static final char[] FAST_CHAR = new char[FAST_LIMIT];

    static {
        for (char c = 0; c < FAST_LIMIT; c++) {
            FAST_CHAR[c] = classify(c);
        }
    }

    private static char classify(char c) {
        String one = String.valueOf(c);
        int type = Character.getType(c);
        boolean combining = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
        if (combining || c == '\u03A3' || !Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one)) {
            return SLOW;
        }
        if (!Character.isLetterOrDigit(c)) {
            return SEPARATOR;
        }
        String lower = one.toLowerCase(Locale.ROOT);
        return lower.length() == 1 ? lower.charAt(0) : SLOW;
    }

    private long[] hashes;
    private int[] lineEnds = new int[32];
    private int count;
    private int lines;

    /** @param chars the text length: about one token per six characters in spaced scripts */
    private Tokenizer(int chars) {
        hashes = new long[Math.min(MAX_TOKENS, 16 + chars / 5)];
    }

    /** The tokens of {@code text}. */
    public static Tokens tokenize(String text) {
        Tokenizer t = new Tokenizer(text.length());
        t.scan(text, text.toCharArray());
        return new Tokens(Arrays.copyOf(t.hashes, t.count), Arrays.copyOf(t.lineEnds, t.lines));
    }

    /**
     * One pass over the text: characters of the fast table are lower-cased and hashed in place,
     * with the same hashes as {@link #tokenHash}; at the first character that needs the Unicode
     * path, the current line's tokens are dropped and the whole line is redone there.
     */
    private void scan(String text, char[] s) {
        int n = s.length;
        int lineStart = 0;
        int lineTokens = count;
        long h = SEED;
        int len = 0;
        for (int i = 0; i < n && count < MAX_TOKENS; i++) {
            char c = s[i];
            char t = c < FAST_LIMIT ? FAST_CHAR[c] : isPunctuation(c) ? SEPARATOR : SLOW;
            if (t != SEPARATOR && t != SLOW) {
                h = (h ^ t) * Hash64.GOLDEN;
                len++;
                continue;
            }
            if (len > 0) {
                add(Hash64.mix(h + len));
                h = SEED;
                len = 0;
            }
            if (t == SLOW) {
                int end = lineEnd(s, i);
                count = lineTokens;
                unicode(TextNormalizer.line(text.substring(lineStart, end)));
                i = end;
                c = '\n';
            }
            if (c == '\n' || c == '\r') {
                endLine(lineTokens);
                lineStart = i + 1;
                lineTokens = count;
            }
        }
        if (len > 0) {
            add(Hash64.mix(h + len));
        }
        endLine(lineTokens);
    }

    private static int lineEnd(char[] s, int from) {
        int i = from;
        while (i < s.length && s[i] != '\n' && s[i] != '\r') {
            i++;
        }
        return i;
    }

    /** Closes a line that started at token {@code first}; lines without tokens are not lines. */
    private void endLine(int first) {
        if (count > first) {
            if (lines == lineEnds.length) {
                lineEnds = Arrays.copyOf(lineEnds, lines * 2);
            }
            lineEnds[lines++] = count;
        }
    }

    /** The hash of one token string, as the tokenizer computes it. */
    public static long tokenHash(CharSequence s, int from, int to) {
        long h = SEED;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * Hash64.GOLDEN;
        }
        return Hash64.mix(h + (to - from));
    }

    /** No-break space and the General Punctuation block (curly quotes, dashes, ellipsis):
     *  separators, whatever NFKC makes of them. */
    private static boolean isPunctuation(char c) {
        return c == '\u00A0' || c >= '\u2000' && c <= '\u206F';
    }

    private void unicode(String line) {
        int i = 0;
        int len = line.length();
        while (i < len) {
            int cp = line.codePointAt(i);
            int cpLen = Character.charCount(cp);
            if (isUnspaced(cp)) {
                add(tokenHash(line, i, i + cpLen));
                i += cpLen;
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                i += cpLen;
                while (i < len) {
                    int c = line.codePointAt(i);
                    if (!Character.isLetterOrDigit(c) || isUnspaced(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                add(tokenHash(line, start, i));
            } else {
                i += cpLen;
            }
        }
    }

    private static boolean isUnspaced(int cp) {
        return cp >= FIRST_UNSPACED && TextMetrics.isUnspacedScript(cp);
    }

    private void add(long hash) {
        if (count == MAX_TOKENS) {
            return;
        }
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash;
    }
}
