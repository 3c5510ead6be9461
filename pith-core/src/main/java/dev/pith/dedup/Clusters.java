package dev.pith.dedup;

import java.util.Arrays;

/**
 * The outcome of clustering {@code size()} documents, numbered 0 to {@code size() - 1} in the
 * order they were given. Immutable: the arrays it reads are never handed out.
 */
public final class Clusters {

    private final int[] cluster;
    private final int[] survivor;
    private final float[] similarity;
    private final Stats stats;

    /**
     * What a clustering run did.
     *
     * @param exactLinks      links made by identical normalised text
     * @param candidatePairs  pairs proposed by LSH bands (a pair may be proposed by several)
     * @param verifiedPairs   candidate pairs whose shingle sets were compared
     * @param linkedPairs     verified pairs that were linked
     */
    public record Stats(long exactLinks, long candidatePairs, long verifiedPairs, long linkedPairs) {
    }

    /** Takes ownership of the arrays: the clusterer hands them over and keeps no reference. */
    Clusters(int[] cluster, int[] survivor, float[] similarity, Stats stats) {
        if (cluster.length != survivor.length || cluster.length != similarity.length) {
            throw new IllegalArgumentException("one cluster, survivor and similarity per document");
        }
        this.cluster = cluster;
        this.survivor = survivor;
        this.similarity = similarity;
        this.stats = stats;
    }

    /** Documents clustered. */
    public int size() {
        return cluster.length;
    }

    /** The document's cluster number: the smallest document number in its cluster. */
    public int clusterOf(int doc) {
        return cluster[doc];
    }

    /** The document number of the survivor of the document's cluster. */
    public int survivorOf(int doc) {
        return survivor[doc];
    }

    /** Shingle Jaccard of the document with its survivor (1 for the survivor itself). */
    public float similarityOf(int doc) {
        return similarity[doc];
    }

    /** Whether the document is the one its cluster keeps. */
    public boolean isSurvivor(int doc) {
        return survivor[doc] == doc;
    }

    /** Every document's cluster number, in document order (a copy). */
    public int[] clusterNumbers() {
        return Arrays.copyOf(cluster, cluster.length);
    }

    /** What the run did. */
    public Stats stats() {
        return stats;
    }
}
