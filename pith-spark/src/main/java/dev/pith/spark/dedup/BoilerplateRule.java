package dev.pith.spark.dedup;

/**
 * The core's rule for a site's boilerplate line ({@code dev.pith.dedup.LineStatistics}), over
 * exact counts: the core counts in a fixed-size count-min sketch, which can only overestimate
 * (by collisions); without collisions both give the same lines. Kept in step with the core by
 * {@code BoilerplateRuleTest}.
 */
final class BoilerplateRule {

    /** A line must recur in this many documents of its site (LineStatistics.MIN_REPEATS). */
    static final int MIN_REPEATS = 3;
    /** …and in at least this share of them (LineStatistics.BOILERPLATE_SHARE). */
    static final double SHARE = 0.5;
    /** Sites with fewer documents have no boilerplate (LineStatistics.MIN_SITE_DOCUMENTS). */
    static final int MIN_SITE_DOCUMENTS = 5;
    /** The core's counters saturate here, and a saturated line is boilerplate in any site. */
    static final int SATURATED = 255;

    private BoilerplateRule() {
    }

    /** Whether a line found in {@code count} of its site's {@code siteDocuments} documents is boilerplate. */
    static boolean isBoilerplate(long count, long siteDocuments) {
        if (siteDocuments < MIN_SITE_DOCUMENTS) {
            return false;
        }
        long c = Math.min(count, SATURATED);
        return c >= MIN_REPEATS && (c >= SATURATED || c >= SHARE * siteDocuments);
    }
}
