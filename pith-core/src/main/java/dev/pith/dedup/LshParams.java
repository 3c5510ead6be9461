package dev.pith.dedup;

/**
 * Locality-sensitive hashing layout: a MinHash signature of {@code bands × rows} values, cut
 * into bands; two documents become a candidate pair when all rows of some band agree. Two
 * documents of Jaccard similarity s collide in a band with probability s^rows, so they become
 * candidates with probability {@code P(s) = 1 - (1 - s^rows)^bands}.
 *
 * <p>{@link #forThreshold} picks the most selective layout (largest {@code rows}) whose
 * signature fits in {@link #MAX_HASHES} values and still finds a pair of similarity
 * {@code t + }{@link #RECALL_MARGIN} with probability at least {@link #TARGET_RECALL}:
 * {@code bands = ceil(ln(1 - 0.995) / ln(1 - (t + 0.1)^rows))}. For the default threshold
 * 0.3 that gives 31 bands of 2 rows (P(0.3) = 0.95, P(0.4) = 0.996, P(0.1) = 0.27).
 *
 * @param bands bands of the signature
 * @param rows  signature values per band
 */
public record LshParams(int bands, int rows) {

    /** The largest signature {@link #forThreshold} will choose: bounds hashing time per document. */
    public static final int MAX_HASHES = 128;
    /** Candidate probability required at {@code threshold + RECALL_MARGIN}. */
    public static final double TARGET_RECALL = 0.995;
    /** Pairs this far above the threshold must almost never be missed. */
    public static final double RECALL_MARGIN = 0.1;
    private static final int MAX_ROWS = 16;
    private static final double MAX_SIMILARITY = 0.99;

    /** Checks and normalises the components, as the class comment describes. */
    public LshParams {
        if (bands < 1 || rows < 1 || (long) bands * rows > 1024) {
            throw new IllegalArgumentException("need 1 <= bands, rows and bands*rows <= 1024, got "
                    + bands + "x" + rows);
        }
    }

    /** The layout for a Jaccard threshold in (0, 1), as the class comment describes. */
    public static LshParams forThreshold(double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
        }
        double s = Math.min(MAX_SIMILARITY, threshold + RECALL_MARGIN);
        LshParams best = new LshParams(bandsFor(s, 1), 1);
        for (int rows = 2; rows <= MAX_ROWS; rows++) {
            int bands = bandsFor(s, rows);
            if ((long) bands * rows > MAX_HASHES) {
                break;
            }
            best = new LshParams(bands, rows);
        }
        return best;
    }

    private static int bandsFor(double s, int rows) {
        double hit = Math.pow(s, rows);
        return (int) Math.max(1, Math.ceil(Math.log(1 - TARGET_RECALL) / Math.log1p(-hit)));
    }

    /** Signature values needed. */
    public int hashes() {
        return bands * rows;
    }

    /** The probability that a pair of Jaccard similarity {@code s} becomes a candidate. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }
}
