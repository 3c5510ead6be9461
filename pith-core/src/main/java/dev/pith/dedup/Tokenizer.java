package dev.pith.dedup;

import dev.pith.util.TextMetrics;
import java.util.Arrays;

/**
 * Splits text into lines and hashed tokens in one pass. A token is a run of letters or digits,
 * lower-cased; in scripts written without spaces (Chinese, Japanese, Thai…) every character is
 * a token, so shingles there are character k-grams. Lines holding any non-ASCII character are
 * first put through {@link TextNormalizer#line} (NFKC, case); pure ASCII lines, the bulk of most
 * corpora, are hashed straight from the input without building strings. Quotes, dashes and
 * white space separate tokens and so never affect them. At most {@link #MAX_TOKENS} tokens.
 */
public final class Tokenizer {

    /** Tokens beyond this are not compared: bounds time and memory on a pathological document. */
    public static final int MAX_TOKENS = 2_000_000;
    /** The first code point of any script {@link TextMetrics#isUnspacedScript} accepts (Thai). */
    private static final int FIRST_UNSPACED = 0x0E00;
    private static final long SEED = 0x2545F4914F6CDD1DL;

    private long[] hashes = new long[256];
    private int[] lineEnds = new int[32];
    private int count;
    private int lines;

    private Tokenizer() {
    }

    /** The tokens of {@code text}. */
    public static Tokens tokenize(String text) {
        Tokenizer t = new Tokenizer();
        char[] chars = text.toCharArray();
        int n = chars.length;
        int start = 0;
        for (int i = 0; i <= n && t.count < MAX_TOKENS; i++) {
            if (i == n || chars[i] == '\n' || chars[i] == '\r') {
                if (i > start) {
                    t.line(text, chars, start, i);
                }
                start = i + 1;
            }
        }
        return new Tokens(Arrays.copyOf(t.hashes, t.count), Arrays.copyOf(t.lineEnds, t.lines));
    }

    /** The hash of one token string, as the tokenizer computes it. */
    public static long tokenHash(CharSequence s, int from, int to) {
        long h = SEED;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * Hash64.GOLDEN;
        }
        return Hash64.mix(h + (to - from));
    }

    private void line(String text, char[] chars, int from, int to) {
        int before = count;
        if (!fast(chars, from, to)) {
            count = before;
            unicode(TextNormalizer.line(text.substring(from, to)));
        }
        if (count > before) {
            if (lines == lineEnds.length) {
                lineEnds = Arrays.copyOf(lineEnds, lines * 2);
            }
            lineEnds[lines++] = count;
        }
    }

    /**
     * The fast path for ASCII text with typographic punctuation: lower-cases and hashes in
     * place, with the same hashes as {@link #tokenHash}. Returns false at the first character
     * that needs Unicode normalisation (a letter outside ASCII), and the line is redone.
     */
    private boolean fast(char[] s, int from, int to) {
        long h = SEED;
        int len = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                h = (h ^ c) * Hash64.GOLDEN;
                len++;
                continue;
            }
            if (c >= 0x80 && !isPunctuation(c)) {
                return false;
            }
            if (len > 0) {
                add(Hash64.mix(h + len));
                h = SEED;
                len = 0;
            }
        }
        if (len > 0) {
            add(Hash64.mix(h + len));
        }
        return true;
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
