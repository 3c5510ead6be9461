package dev.pith.dedup;

/**
 * The pairs one LSH bucket proposes for verification. It is one rule for every dedup runner (the
 * single-machine {@link Clusterer} and pith-spark's reduce side), so that they propose the same
 * pairs in the same order and so find the same clusters: in a bucket of up to
 * {@link #MAX_ALL_PAIRS} documents every pair; in a larger one (a template-heavy site, thousands
 * of exact copies) each member with the bucket's first and with the one before it, a star and a
 * chain, linear in the bucket.
 */
public final class BucketPairs {

    /** Buckets up to this size are checked pair by pair. */
    public static final int MAX_ALL_PAIRS = 32;

    /** Receives the proposed pairs, as the bucket's entries. */
    @FunctionalInterface
    public interface Sink {
        void pair(long a, long b);
    }

    private BucketPairs() {
    }

    /** Proposes the pairs of the bucket {@code entries[from, to)} to the sink. */
    public static void propose(long[] entries, int from, int to, Sink sink) {
        int size = to - from;
        if (size < 2) {
            return;
        }
        if (size <= MAX_ALL_PAIRS) {
            for (int i = from; i < to; i++) {
                for (int j = i + 1; j < to; j++) {
                    sink.pair(entries[i], entries[j]);
                }
            }
            return;
        }
        for (int i = from + 1; i < to; i++) {
            sink.pair(entries[from], entries[i]);
            sink.pair(entries[i - 1], entries[i]);
        }
    }
}
