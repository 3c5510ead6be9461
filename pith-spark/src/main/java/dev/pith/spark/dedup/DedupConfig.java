package dev.pith.spark.dedup;

import dev.pith.dedup.DedupOptions;
import dev.pith.dedup.LshParams;
import dev.pith.dedup.SurvivorRule;
import java.io.Serializable;
import java.util.List;

/**
 * {@link DedupOptions} in a form Spark ships to the executors (the core's record is not
 * serializable); each task rebuilds the options, and from them the core's sketcher and rules.
 */
public record DedupConfig(double threshold, double containment, int shingleSize, int bands, int rows,
                          List<SurvivorRule> survivorRules) implements Serializable {

    public DedupConfig {
        survivorRules = List.copyOf(survivorRules);
    }

    public static DedupConfig of(DedupOptions o) {
        return new DedupConfig(o.threshold(), o.containment(), o.shingleSize(), o.lsh().bands(), o.lsh().rows(),
                o.survivorRules());
    }

    public DedupOptions options() {
        return new DedupOptions(threshold, containment, shingleSize, new LshParams(bands, rows), survivorRules);
    }
}
