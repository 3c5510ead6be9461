package dev.pith.spark.dedup;

import java.util.Arrays;

/** A growable array of {@code long}s: the packed records of dedup's shuffles, without a box per value. */
final class LongList {

    private static final int INITIAL = 16;

    private long[] values = new long[INITIAL];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    /** Appends {@code from[start, end)}. */
    void addAll(long[] from, int start, int end) {
        int n = end - start;
        if (size + n > values.length) {
            values = Arrays.copyOf(values, Math.max(size + n, size * 2));
        }
        System.arraycopy(from, start, values, size, n);
        size += n;
    }

    void addAll(LongList other) {
        addAll(other.values, 0, other.size);
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    void clear() {
        size = 0;
    }
}
