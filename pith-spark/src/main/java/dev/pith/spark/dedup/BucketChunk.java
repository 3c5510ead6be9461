package dev.pith.spark.dedup;

/**
 * Bucket entries on their way to one partition of the LSH shuffle, packed as the core's
 * {@code Clusterer} packs them: band by band, each entry {@code key << 32 | doc} (for the
 * exact-text band 0, the content hash's high half as key). One record carries many documents'
 * entries, so that the shuffle serializes and sorts no object per entry.
 *
 * @param bandEnds    where each band's entries end in {@code entries} (band b: from
 *                    {@code bandEnds[b - 1]}, or 0, to {@code bandEnds[b]})
 * @param entries     the packed entries, band by band
 * @param exactHashes the full content hash of each exact-text entry (band 0), in the same order
 */
record BucketChunk(int[] bandEnds, long[] entries, long[] exactHashes) implements java.io.Serializable {

    int start(int band) {
        return band == 0 ? 0 : bandEnds[band - 1];
    }

    int end(int band) {
        return bandEnds[band];
    }
}
