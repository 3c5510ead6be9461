package dev.pith.spark.dedup;

import java.util.Arrays;

/** A growable array of {@code int}s: shingle sets packed end to end for a shuffle. */
final class IntList {

    private static final int INITIAL = 1024;

    private int[] values = new int[INITIAL];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    /** Appends {@code from[start, end)}. */
    void addAll(int[] from, int start, int end) {
        int n = end - start;
        if (size + n > values.length) {
            values = Arrays.copyOf(values, Math.max(size + n, size * 2));
        }
        System.arraycopy(from, start, values, size, n);
        size += n;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
