package dev.pith.dedup;

import java.util.List;

/**
 * Settings of a deduplication run.
 *
 * @param threshold    Jaccard similarity of shingle sets at which two documents are linked
 * @param containment  share of the smaller document's shingles found in the larger one at
 *                     which they are linked even below the threshold (a teaser and its
 *                     article); 1 or more turns the rule off
 * @param shingleSize  tokens (words; characters in unspaced scripts) per shingle
 * @param lsh          signature layout; {@link LshParams#forThreshold} of the threshold by default
 * @param survivorRules survivor criteria, best first
 */
public record DedupOptions(double threshold, double containment, int shingleSize, LshParams lsh,
                           List<SurvivorRule> survivorRules) {

    /** Default link threshold: revisions with a rewritten paragraph stay above it, pages that
     *  merely share a site's template fall below it once its lines are removed. */
    public static final double DEFAULT_THRESHOLD = 0.3;
    /** Default containment: a teaser is nearly all found in its article, unrelated pages are not. */
    public static final double DEFAULT_CONTAINMENT = 0.8;
    /** Word 5-shingles: long enough that common phrases do not match, short enough for edits. */
    public static final int DEFAULT_SHINGLE_SIZE = 5;

    /** Checks and normalises the components, as the class comment describes. */
    public DedupOptions {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
        }
        if (!(containment > 0)) {
            throw new IllegalArgumentException("containment must be positive, got " + containment);
        }
        if (shingleSize < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1, got " + shingleSize);
        }
        lsh = lsh == null ? LshParams.forThreshold(threshold) : lsh;
        survivorRules = survivorRules == null ? SurvivorRule.DEFAULT : List.copyOf(survivorRules);
    }

    /** The defaults: threshold 0.3, containment 0.8, word 5-shingles, longest,metadata,latest. */
    public static DedupOptions defaults() {
        return new DedupOptions(DEFAULT_THRESHOLD, DEFAULT_CONTAINMENT, DEFAULT_SHINGLE_SIZE, null, null);
    }

    /** These options with another link threshold (the LSH layout is derived anew). */
    public DedupOptions withThreshold(double t) {
        return new DedupOptions(t, containment, shingleSize, null, survivorRules);
    }

    /** These options with an explicit LSH layout. */
    public DedupOptions withLsh(LshParams params) {
        return new DedupOptions(threshold, containment, shingleSize, params, survivorRules);
    }

    /** These options with another shingle size. */
    public DedupOptions withShingleSize(int size) {
        return new DedupOptions(threshold, containment, size, lsh, survivorRules);
    }

    /** These options with another containment threshold (1 or more: off). */
    public DedupOptions withContainment(double c) {
        return new DedupOptions(threshold, c, shingleSize, lsh, survivorRules);
    }

    /** These options with other survivor criteria, best first. */
    public DedupOptions withSurvivorRules(List<SurvivorRule> rules) {
        return new DedupOptions(threshold, containment, shingleSize, lsh, rules);
    }
}
