package dev.pith.dedup;

/**
 * MinHash signatures by one-permutation hashing with optimal densification (Shrivastava,
 * ICML 2017): each shingle is hashed once and kept in one of K bins if it is that bin's
 * minimum; an empty bin borrows the value of a non-empty bin chosen by a hash sequence that
 * depends only on the bin, so two documents agree on it exactly as often as on real bins.
 * One hash per shingle instead of K makes signatures K times cheaper than classic MinHash
 * with the same collision probability (up to the empty-bin variance).
 */
public final class MinHasher {

    private static final long BIN_SEED = 0x6A09E667F3BCC908L;
    private static final long EMPTY = Long.MAX_VALUE;
    /** Probes per empty bin before giving up; only reached when nearly every bin is empty. */
    private static final int MAX_PROBES = 4096;

    private final int bins;

    /** A one-permutation MinHasher with {@code bins} bins. */
    public MinHasher(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be positive");
        }
        this.bins = bins;
    }

    /** Bins per signature. */
    public int bins() {
        return bins;
    }

    /**
     * The signature of a non-empty list of shingle hashes (repeats are harmless). The hashes
     * must already be uniformly distributed ({@link Shingler#shingles} output is): each is used
     * as it is, its high half choosing the bin and its low half the value, instead of being
     * hashed once more.
     */
    public int[] signature(long[] shingles) {
        long[] min = new long[bins];
        java.util.Arrays.fill(min, EMPTY);
        for (long h : shingles) {
            int bin = (int) (((h >>> 32) * bins) >>> 32);
            min[bin] = Math.min(min[bin], h & 0xFFFFFFFFL);
        }
        int[] sig = new int[bins];
        for (int i = 0; i < bins; i++) {
            sig[i] = (int) (min[i] != EMPTY ? min[i] : borrow(min, i));
        }
        return sig;
    }

    private long borrow(long[] min, int bin) {
        for (int attempt = 1; attempt <= MAX_PROBES; attempt++) {
            long h = Hash64.mix(bin * Hash64.GOLDEN + attempt);
            int j = (int) (((h >>> 32) * bins) >>> 32);
            if (min[j] != EMPTY) {
                return min[j];
            }
        }
        return 0;
    }

    /**
     * Classic MinHash with {@code count} hash functions over at most the first {@code limit}
     * shingles: used for the short lead signature, where a handful of values over a few dozen
     * shingles cost little. The shingle hashes are already uniform, so each function is one
     * multiply by its own odd constant (multiply-shift hashing, a universal family) keeping the
     * top bits, rather than a full avalanche per shingle and function.
     */
    public static int[] classic(long[] shingles, int limit, int count) {
        int n = Math.min(limit, shingles.length);
        int[] sig = new int[count];
        for (int f = 0; f < count; f++) {
            long multiplier = Hash64.mix(BIN_SEED + f) | 1;
            long best = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                best = Math.min(best, (shingles[i] * multiplier) >>> 1);
            }
            sig[f] = (int) (best >>> 31);
        }
        return sig;
    }
}
