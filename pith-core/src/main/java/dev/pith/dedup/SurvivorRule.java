package dev.pith.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One criterion for the copy of a cluster that survives. Rules are applied in the order the
 * user gives them; ties fall through to the next rule and finally to the smallest id and
 * content hash, so the survivor never depends on input order.
 */
public enum SurvivorRule {

    /** The longest clean body (tokens after boilerplate removal): full articles beat teasers. */
    LONGEST(Comparator.comparingInt(DocFeatures::tokens).reversed()),
    /** The most complete metadata: the richer capture is the more useful one to keep. */
    METADATA(Comparator.comparingInt(DocFeatures::metadataFields).reversed()),
    /** The latest modified (else published) date, ISO 8601; a copy without a date loses. */
    LATEST(Comparator.comparing(DocFeatures::date).reversed());

    /** The default order: {@code longest,metadata,latest}. */
    public static final List<SurvivorRule> DEFAULT = List.of(LONGEST, METADATA, LATEST);

    private static final Comparator<DocFeatures> TIE_BREAK =
            Comparator.comparing(DocFeatures::id).thenComparingLong(DocFeatures::contentHash);

    private final Comparator<DocFeatures> better;

    SurvivorRule(Comparator<DocFeatures> better) {
        this.better = better;
    }

    /** Orders documents best first by the given rules, then by the deterministic tie-break. */
    public static Comparator<DocFeatures> order(List<SurvivorRule> rules) {
        Comparator<DocFeatures> c = (a, b) -> 0;
        for (SurvivorRule r : rules) {
            c = c.thenComparing(r.better);
        }
        return c.thenComparing(TIE_BREAK);
    }

    /** Parses a comma-separated list such as {@code latest,longest}. */
    public static List<SurvivorRule> parse(String spec) {
        List<SurvivorRule> rules = new ArrayList<>();
        for (String part : spec.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                rules.add(valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown survivor rule '" + part.strip()
                        + "' (use longest, metadata, latest)");
            }
        }
        return List.copyOf(rules);
    }
}
