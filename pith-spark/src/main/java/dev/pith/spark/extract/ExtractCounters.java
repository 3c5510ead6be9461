package dev.pith.spark.extract;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * What the executors read, wrote and skipped, summed on the driver with Spark accumulators.
 * A retried task counts twice here, so the job's summary takes rows out and errors from the
 * written output; these counters give the inputs read and the skip reasons.
 */
public final class ExtractCounters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LongAccumulator read;
    private final LongAccumulator errors;
    private final CollectionAccumulator<Map<String, Long>> skipped;

    public ExtractCounters(SparkContext sc) {
        this.read = sc.longAccumulator("pith inputs read");
        this.errors = sc.longAccumulator("pith error rows");
        this.skipped = sc.collectionAccumulator("pith records skipped");
    }

    void read() {
        read.add(1);
    }

    void wrote(boolean error) {
        if (error) {
            errors.add(1);
        }
    }

    void skipped(Map<String, Long> reasons) {
        if (!reasons.isEmpty()) {
            skipped.add(Map.copyOf(reasons));
        }
    }

    /** Inputs read (including task retries). */
    public long inputs() {
        return read.value();
    }

    /** Records skipped by reason (not HTML, request records...), summed over the executors. */
    public Map<String, Long> skippedByReason() {
        Map<String, Long> all = new TreeMap<>();
        for (Map<String, Long> m : skipped.value()) {
            m.forEach((k, v) -> all.merge(k, v, Long::sum));
        }
        return all;
    }
}
