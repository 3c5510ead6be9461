package dev.pith.spark.dedup;

/**
 * What one partition of the LSH shuffle proposes.
 *
 * @param candidates distinct candidate pairs ({@link DocPairs}, first document the smaller), sorted
 * @param exact      links between identical normalised texts, linked without verification
 * @param proposed   candidate pairs before repeats were removed (the core's "candidate pairs")
 */
record Proposals(long[] candidates, long[] exact, long proposed) implements java.io.Serializable {
}
