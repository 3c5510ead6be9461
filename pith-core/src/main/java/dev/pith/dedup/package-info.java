/**
 * Near-duplicate detection: finds recrawls, revisions, syndicated copies and teasers of one story.
 *
 * <pre>
 * text ─▶ Tokenizer ─▶ LineStatistics ─▶ Shingler ─▶ MinHasher ─▶ LSH bands ─▶ Clusterer ─▶ SurvivorRule
 *         NFKC, case,  drop the site's    word       one-perm.    + lead      verify by
 *         lines        recurring lines    k-grams    + densify    bands       Jaccard or containment,
 *                                                                             union-find
 * </pre>
 *
 * <p>{@link dev.pith.dedup.Deduplicator} runs it all on documents in memory. Large and
 * incremental runs (the {@code pith dedup} command) use the stages directly: a first pass
 * feeds {@link dev.pith.dedup.LineStatistics}, a second makes a
 * {@link dev.pith.dedup.DocumentSketch} per document with a {@link dev.pith.dedup.Sketcher}
 * (thread-safe) into a {@link dev.pith.dedup.SketchStore}, then
 * {@link dev.pith.dedup.Clusterer} links and picks survivors.
 */
package dev.pith.dedup;
