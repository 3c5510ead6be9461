package dev.pith.dedup;

/**
 * Decides from the exact shingle sets whether a candidate pair is one story: Jaccard at or
 * above the threshold, or the smaller document nearly contained in the larger one.
 */
public final class LinkRule {

    /** Containment needs this many shingles in the smaller document: a one-line page is
     *  "contained" in any article that quotes it. */
    static final int MIN_CONTAINED_SHINGLES = 20;
    /** …and the smaller document must be at least this share of the larger one, so that a
     *  short generic page does not pull many unrelated articles into one cluster. */
    static final double MIN_CONTAINED_RATIO = 0.1;

    private final double threshold;
    private final double containment;

    /** The rule of these options: Jaccard at the threshold, or containment. */
    public LinkRule(DedupOptions options) {
        this.threshold = options.threshold();
        this.containment = options.containment();
    }

    /** Whether two documents with this similarity are one story. */
    public boolean links(SetSimilarity s) {
        if (s.jaccard() >= threshold) {
            return true;
        }
        int larger = Math.max(s.sizeA(), s.sizeB());
        return s.smaller() >= MIN_CONTAINED_SHINGLES
                && s.smaller() >= MIN_CONTAINED_RATIO * larger
                && s.containment() >= containment;
    }
}
