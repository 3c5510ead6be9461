package dev.pith.spark.dedup;

import dev.pith.dedup.BucketPairs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The reduce side of the LSH shuffle, the core {@code Clusterer}'s bucket walk over one
 * partition's buckets: each band's packed entries sorted as primitive {@code long}s (bucket,
 * then document), then in the exact-text band each document linked with the one before it when
 * their content hashes are equal, and in each LSH bucket the pairs the core's
 * {@link BucketPairs} proposes.
 */
final class BucketPass {

    private final LongList candidates = new LongList();
    private final LongList exact = new LongList();
    private long proposed;

    private BucketPass() {
    }

    /** Walks every bucket of the chunks' entries (all chunks that reached one partition). */
    static Proposals walk(Iterator<BucketChunk> in) {
        List<BucketChunk> chunks = new ArrayList<>();
        in.forEachRemaining(chunks::add);
        BucketPass pass = new BucketPass();
        if (!chunks.isEmpty()) {
            pass.linkExact(chunks);
            for (int band = 1; band < chunks.get(0).bandEnds().length; band++) {
                pass.linkBand(band(chunks, band));
            }
        }
        long[] distinct = pass.candidates.toArray();
        int n = DocPairs.sortDistinct(distinct);
        return new Proposals(Arrays.copyOf(distinct, n), pass.exact.toArray(), pass.proposed);
    }

    private static long[] band(List<BucketChunk> chunks, int band) {
        LongList all = new LongList();
        for (BucketChunk c : chunks) {
            all.addAll(c.entries(), c.start(band), c.end(band));
        }
        return all.toArray();
    }

    private void linkExact(List<BucketChunk> chunks) {
        long[] entries = band(chunks, BucketChunks.EXACT_BAND);
        LongList hashes = new LongList();
        for (BucketChunk c : chunks) {
            hashes.addAll(c.exactHashes(), 0, c.exactHashes().length);
        }
        long[] hash = hashes.toArray();
        PairSort.sort(entries, hash, 0, entries.length);
        for (int i = 1; i < entries.length; i++) {
            boolean sameKey = DocPairs.first(entries[i - 1]) == DocPairs.first(entries[i]);
            if (sameKey && hash[i - 1] == hash[i]) {
                exact.add(DocPairs.pack(DocPairs.second(entries[i - 1]), DocPairs.second(entries[i])));
            }
        }
    }

    private void linkBand(long[] packed) {
        Arrays.sort(packed);
        int start = 0;
        for (int i = 1; i <= packed.length; i++) {
            if (i == packed.length || DocPairs.first(packed[i]) != DocPairs.first(packed[start])) {
                BucketPairs.propose(packed, start, i, this::consider);
                start = i;
            }
        }
    }

    private void consider(long a, long b) {
        proposed++;
        candidates.add(DocPairs.pack(DocPairs.second(a), DocPairs.second(b)));
    }
}
