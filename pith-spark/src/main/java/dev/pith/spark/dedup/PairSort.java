package dev.pith.spark.dedup;

/**
 * Sorts an array of distinct {@code long} keys and moves a second array of values with them:
 * the exact-text bucket needs each document's full content hash next to its sort key, without
 * an object per document.
 */
final class PairSort {

    /** Ranges up to this size are finished by insertion sort. */
    private static final int INSERTION = 16;

    private PairSort() {
    }

    static void sort(long[] keys, long[] values, int from, int to) {
        while (to - from > INSERTION) {
            long pivot = median(keys[from], keys[(from + to) >>> 1], keys[to - 1]);
            int i = from;
            int j = to - 1;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(keys, values, i++, j--);
                }
            }
            // recurse into the smaller side, loop on the larger: the stack stays logarithmic
            if (j + 1 - from < to - i) {
                sort(keys, values, from, j + 1);
                from = i;
            } else {
                sort(keys, values, i, to);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && keys[j - 1] > keys[j]; j--) {
                swap(keys, values, j - 1, j);
            }
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(long[] keys, long[] values, int i, int j) {
        long k = keys[i];
        keys[i] = keys[j];
        keys[j] = k;
        long v = values[i];
        values[i] = values[j];
        values[j] = v;
    }
}
