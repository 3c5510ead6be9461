package dev.pith.batch.dedup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many bytes of per-document state (ids, dates, notes, survivor features) a run keeps on the
 * heap; past the budget the {@link SpillList}s holding that state move it to files. Shared by
 * all lists of one run, and used from the reading thread only.
 */
public final class MemoryBudget {

    /**
     * Default share of the maximum heap: the rest is for what does not spill — the 32 MB line
     * counters, two chunks of records in flight, and the clustering arrays (~50 bytes/document).
     */
    static final double DEFAULT_HEAP_SHARE = 0.25;
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]?)b?");

    private final long bytes;
    private long used;

    /** A budget of {@code bytes} (0: all per-document state goes to files at once). */
    public MemoryBudget(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("memory budget must not be negative: " + bytes);
        }
        this.bytes = bytes;
    }

    /** The default budget: {@link #DEFAULT_HEAP_SHARE} of the maximum heap. */
    public static MemoryBudget ofHeap() {
        return new MemoryBudget((long) (Runtime.getRuntime().maxMemory() * DEFAULT_HEAP_SHARE));
    }

    /** Parses a size such as {@code 512m}, {@code 2g}, {@code 64k} or a number of bytes. */
    public static MemoryBudget parse(String size) {
        Matcher m = SIZE.matcher(size.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--memory must be a size such as 512m or 2g, got " + size);
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        return new MemoryBudget(Long.parseLong(m.group(1)) << shift);
    }

    /** The budget's size in bytes. */
    public long bytes() {
        return bytes;
    }

    /** Takes {@code n} bytes from the budget; false (and nothing taken) when they do not fit. */
    boolean reserve(long n) {
        if (used + n > bytes) {
            return false;
        }
        used += n;
        return true;
    }

    /** Gives back bytes whose state has moved to a file or been dropped. */
    void release(long n) {
        used = Math.max(0, used - n);
    }
}
