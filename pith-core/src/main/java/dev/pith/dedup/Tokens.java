package dev.pith.dedup;

import java.util.Arrays;

/**
 * A document as hashed tokens, grouped in lines.
 *
 * @param hashes   64-bit hash of every token, in order
 * @param lineEnds for each non-empty line (one with at least one token), the index in
 *                 {@code hashes} just past its last token
 */
public record Tokens(long[] hashes, int[] lineEnds) {

    /** Tokens in the text. */
    public int count() {
        return hashes.length;
    }

    /** Lines in the text. */
    public int lines() {
        return lineEnds.length;
    }

    /** Index of the first token of {@code line}. */
    public int lineStart(int line) {
        return line == 0 ? 0 : lineEnds[line - 1];
    }

    /** A key for line {@code line}: the same for every capture of the line's words. One
     *  multiply-add per token and one avalanche per line: the token hashes are already mixed. */
    public long lineKey(int line) {
        int from = lineStart(line);
        long h = lineEnds[line] - from;
        for (int i = from; i < lineEnds[line]; i++) {
            h = h * Hash64.GOLDEN + hashes[i];
        }
        return Hash64.mix(h);
    }

    /** A key for the whole token sequence: equal for texts that differ only in case,
     *  punctuation, white space and Unicode compatibility forms. */
    public long contentKey() {
        long h = hashes.length;
        for (long t : hashes) {
            h = h * Hash64.GOLDEN + t;
        }
        return Hash64.mix(h);
    }

    /** The tokens of the lines for which {@code keep} is true, concatenated. */
    public long[] select(boolean[] keep) {
        long[] out = new long[hashes.length];
        int n = 0;
        for (int line = 0; line < lineEnds.length; line++) {
            if (keep[line]) {
                int from = lineStart(line);
                int len = lineEnds[line] - from;
                System.arraycopy(hashes, from, out, n, len);
                n += len;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
