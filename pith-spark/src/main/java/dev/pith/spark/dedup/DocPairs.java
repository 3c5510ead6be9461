package dev.pith.spark.dedup;

import java.util.Arrays;

/**
 * Pairs of documents packed in one {@code long}: the first document in the high half, the second
 * in the low half, so that sorting the packed values sorts pairs by first, then second document,
 * and equal pairs become neighbours. Document numbers are below 2<sup>32</sup> (the core's
 * clusterer packs them the same way, in an {@code int}); a larger input is refused up front.
 */
final class DocPairs {

    /** Documents a packed pair can name. */
    static final long MAX_DOCUMENTS = 1L << 32;
    private static final long LOW_32 = 0xFFFFFFFFL;

    private DocPairs() {
    }

    static long pack(long first, long second) {
        return (first << 32) | second;
    }

    static long first(long pair) {
        return pair >>> 32;
    }

    static long second(long pair) {
        return pair & LOW_32;
    }

    /** A document number that fits in a packed pair. */
    static long checked(long doc) {
        if (doc < 0 || doc >= MAX_DOCUMENTS) {
            throw new IllegalArgumentException("dedup numbers documents below 2^32; document " + doc + " is past it");
        }
        return doc;
    }

    /** Sorts {@code values} and removes repeats; returns the number of distinct values, now at the front. */
    static int sortDistinct(long[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (n == 0 || values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return n;
    }
}
