package dev.pith.dedup;

import dev.pith.util.TextMetrics;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts normalised text into overlapping k-token shingles, hashed to 64 bits. A token is a run
 * of letters or digits; in scripts written without spaces (Chinese, Japanese, Thai…) every
 * character is a token, so there shingles are character k-grams. Text shorter than k tokens
 * yields one shingle of all its tokens, so that even one-word documents can match exactly.
 */
public final class Shingler {

    /** Tokens beyond this are not compared: bounds time and memory on a pathological document. */
    public static final int MAX_TOKENS = 2_000_000;

    private final int size;

    /** @param size tokens per shingle, at least 1 */
    public Shingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1, got " + size);
        }
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** The token hashes of the lines, in order, at most {@link #MAX_TOKENS}. */
    public static long[] tokens(List<String> lines) {
        long[] out = new long[64];
        int n = 0;
        for (String line : lines) {
            int i = 0;
            int len = line.length();
            while (i < len && n < MAX_TOKENS) {
                int cp = line.codePointAt(i);
                int cpLen = Character.charCount(cp);
                if (TextMetrics.isUnspacedScript(cp)) {
                    out = grow(out, n);
                    out[n++] = Hash64.chars(line, i, i + cpLen);
                    i += cpLen;
                } else if (Character.isLetterOrDigit(cp)) {
                    int start = i;
                    i += cpLen;
                    while (i < len) {
                        int c = line.codePointAt(i);
                        if (!Character.isLetterOrDigit(c) || TextMetrics.isUnspacedScript(c)) {
                            break;
                        }
                        i += Character.charCount(c);
                    }
                    out = grow(out, n);
                    out[n++] = Hash64.chars(line, start, i);
                } else {
                    i += cpLen;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] grow(long[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    /** The shingle hashes of a token sequence, in document order (repeats kept). */
    public long[] shingles(long[] tokens) {
        if (tokens.length == 0) {
            return new long[0];
        }
        int k = Math.min(size, tokens.length);
        long[] out = new long[tokens.length - k + 1];
        for (int i = 0; i < out.length; i++) {
            long h = k;
            for (int j = 0; j < k; j++) {
                h = h * Hash64.GOLDEN + tokens[i + j];
            }
            out[i] = Hash64.mix(h);
        }
        return out;
    }

    /** The sorted distinct 32-bit forms of shingle hashes: the set verification compares. */
    public static int[] set(long[] shingles) {
        int[] s = new int[shingles.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (int) (shingles[i] >>> 32);
        }
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (n == 0 || s[i] != s[n - 1]) {
                s[n++] = s[i];
            }
        }
        return Arrays.copyOf(s, n);
    }
}
