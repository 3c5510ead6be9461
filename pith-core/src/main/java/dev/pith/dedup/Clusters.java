package dev.pith.dedup;

/**
 * The outcome of clustering.
 *
 * @param cluster    per document, its cluster number: the smallest document number in it
 * @param survivor   per document, the document number of its cluster's survivor
 * @param similarity per document, shingle Jaccard with its survivor (1 for the survivor)
 * @param stats      what the run did
 */
public record Clusters(int[] cluster, int[] survivor, float[] similarity, Stats stats) {

    /**
     * @param exactLinks      links made by identical normalised text
     * @param candidatePairs  pairs proposed by LSH bands (a pair may be proposed by several)
     * @param verifiedPairs   candidate pairs whose shingle sets were compared
     * @param linkedPairs     verified pairs that were linked
     */
    public record Stats(long exactLinks, long candidatePairs, long verifiedPairs, long linkedPairs) {
    }

    public boolean isSurvivor(int doc) {
        return survivor[doc] == doc;
    }
}
