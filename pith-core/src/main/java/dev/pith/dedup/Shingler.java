package dev.pith.dedup;

import java.util.Arrays;

/**
 * Cuts a {@link Tokenizer token} sequence into overlapping k-token shingles, hashed to 64
 * bits. Text shorter than k tokens yields one shingle of all its tokens, so that even one-word
 * documents can match exactly.
 */
public final class Shingler {

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

    /** The 32-bit forms of shingle hashes, in order: what stores keep for verification. */
    public static int[] narrow(long[] shingles) {
        int[] s = new int[shingles.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (int) (shingles[i] >>> 32);
        }
        return s;
    }

    /** The sorted distinct values of {@code shingles}: the set verification compares. Sorting
     *  is left to verification time, since most documents are never verified. */
    public static int[] set(int[] shingles) {
        int[] s = shingles.clone();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (n == 0 || s[i] != s[n - 1]) {
                s[n++] = s[i];
            }
        }
        return n == s.length ? s : Arrays.copyOf(s, n);
    }
}
