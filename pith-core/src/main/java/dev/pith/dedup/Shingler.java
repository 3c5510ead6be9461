package dev.pith.dedup;

import java.util.Arrays;

/**
 * Cuts a {@link Tokenizer token} sequence into overlapping k-token shingles, hashed to 64
 * bits. Text shorter than k tokens yields one shingle of all its tokens, so that even one-word
 * documents can match exactly.
 */
public final class Shingler {

    private static final long WEIGHT_SEED = 0x3C6EF372FE94F82BL;
    /** Buckets per radix-sort pass: one byte. */
    private static final int RADIX = 256;
    /** Below this many values a comparison sort is cheaper than four bucket passes. */
    private static final int RADIX_MIN = 64;

    private final int size;
    /** A random odd weight per position in the shingle: a shingle hash is a weighted sum of its
     *  token hashes (k independent multiplies, no chain through the previous token). */
    private final long[] weights;

    /** @param size tokens per shingle, at least 1 */
    public Shingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1, got " + size);
        }
        this.size = size;
        this.weights = new long[size];
        for (int j = 0; j < size; j++) {
            weights[j] = Hash64.mix(WEIGHT_SEED + j * Hash64.GOLDEN) | 1;
        }
    }

    /** Tokens per shingle (words, or characters in unspaced scripts). */
    public int size() {
        return size;
    }

    /** The shingle hashes of a token sequence, in document order (repeats kept): uniformly
     *  distributed 64-bit values, usable as they are for MinHash. */
    public long[] shingles(long[] tokens) {
        if (tokens.length == 0) {
            return new long[0];
        }
        int k = Math.min(size, tokens.length);
        long[] out = new long[tokens.length - k + 1];
        for (int i = 0; i < out.length; i++) {
            long h = k;
            for (int j = 0; j < k; j++) {
                h += tokens[i + j] * weights[j];
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
        int[] s = sorted(shingles);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (n == 0 || s[i] != s[n - 1]) {
                s[n++] = s[i];
            }
        }
        return n == s.length ? s : Arrays.copyOf(s, n);
    }

    /** A sorted copy (signed order, as {@link Arrays#sort(int[])}): a byte-wise radix sort, since
     *  every document's set is sorted and comparison sorts cost several times more on hashes. */
    static int[] sorted(int[] values) {
        int n = values.length;
        if (n < RADIX_MIN) {
            int[] s = values.clone();
            Arrays.sort(s);
            return s;
        }
        int[] src = values.clone();
        int[] dst = new int[n];
        int[] start = new int[RADIX + 1];
        for (int shift = 0; shift < Integer.SIZE; shift += Byte.SIZE) {
            // the top byte's sign bit is flipped so that negative values come first
            int flip = shift == Integer.SIZE - Byte.SIZE ? RADIX / 2 : 0;
            Arrays.fill(start, 0);
            for (int v : src) {
                start[(((v >>> shift) & (RADIX - 1)) ^ flip) + 1]++;
            }
            for (int d = 0; d < RADIX; d++) {
                start[d + 1] += start[d];
            }
            for (int v : src) {
                dst[start[((v >>> shift) & (RADIX - 1)) ^ flip]++] = v;
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        return src;
    }
}
