package dev.pith.dedup;

/**
 * Exact similarity of two shingle sets, each a sorted array of distinct ints.
 *
 * @param intersection shingles in both
 * @param sizeA        size of the first set
 * @param sizeB        size of the second set
 */
public record SetSimilarity(int intersection, int sizeA, int sizeB) {

    /** Intersects two sorted distinct arrays in one merge pass. */
    public static SetSimilarity of(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            int c = Integer.compare(a[i], b[j]);
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return new SetSimilarity(common, a.length, b.length);
    }

    /** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
    public double jaccard() {
        int union = sizeA + sizeB - intersection;
        return union == 0 ? 0 : (double) intersection / union;
    }

    /** |A ∩ B| / min(|A|, |B|): how much of the smaller set the larger one contains. */
    public double containment() {
        int min = Math.min(sizeA, sizeB);
        return min == 0 ? 0 : (double) intersection / min;
    }

    /** The size of the smaller set. */
    public int smaller() {
        return Math.min(sizeA, sizeB);
    }
}
