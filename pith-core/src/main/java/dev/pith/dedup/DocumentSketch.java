package dev.pith.dedup;

/**
 * Everything deduplication keeps of one document.
 *
 * @param shingles     32-bit shingle hashes of the clean body in document order;
 *                     {@link Shingler#set} makes the set that verification compares
 * @param bandKeys     one LSH key per band: the signature's bands, then the lead bands; empty
 *                     when the document has no tokens
 * @param contentHash  hash of the whole token sequence, for exact duplicates ({@link Tokens#contentKey})
 * @param tokens       tokens of the compared body
 * @param removedLines boilerplate lines left out of the comparison
 */
public record DocumentSketch(int[] shingles, int[] bandKeys, long contentHash, int tokens, int removedLines) {

    /** True when there is nothing to compare: no letters or digits at all. */
    public boolean isEmpty() {
        return tokens == 0;
    }
}
