package dev.pith.clean;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A count-min sketch of line fingerprints: a fixed grid of counters, so memory stays the same
 * however large the corpus is. A count can only be over-estimated (two lines sharing a counter
 * in every row), never under-estimated; with conservative update and a grid several times
 * larger than the number of distinct lines, over-estimates are rare. Thread-safe.
 */
public final class LineCountSketch {

    /** Rows: each line is counted in one cell per row; the estimate is the smallest cell. */
    static final int DEPTH = 4;

    private final AtomicIntegerArray cells;
    private final int widthMask;

    /**
     * @param maxBytes the memory the counters may take; rounded down to a power-of-two width
     */
    public LineCountSketch(long maxBytes) {
        long perRow = Math.max(1024, maxBytes / DEPTH / Integer.BYTES);
        int width = Integer.highestOneBit((int) Math.min(perRow, 1 << 28));
        this.cells = new AtomicIntegerArray(width * DEPTH);
        this.widthMask = width - 1;
    }

    /** Counts one more occurrence of a fingerprint (conservative update: only the minimum cells grow). */
    public void add(long key) {
        int min = estimate(key);
        for (int row = 0; row < DEPTH; row++) {
            int cell = cell(key, row);
            int v;
            while ((v = cells.get(cell)) <= min && v != Integer.MAX_VALUE) {
                if (cells.compareAndSet(cell, v, v + 1)) {
                    break;
                }
            }
        }
    }

    /** How often a fingerprint was counted, possibly over-estimated. */
    public int estimate(long key) {
        int min = Integer.MAX_VALUE;
        for (int row = 0; row < DEPTH; row++) {
            min = Math.min(min, cells.get(cell(key, row)));
        }
        return min;
    }

    /** The memory the counters take. */
    public long bytes() {
        return (long) cells.length() * Integer.BYTES;
    }

    private int cell(long key, int row) {
        long h = LineKey.mix(key + row * 0x9E3779B97F4A7C15L);
        return row * (widthMask + 1) + (int) (h & widthMask);
    }
}
