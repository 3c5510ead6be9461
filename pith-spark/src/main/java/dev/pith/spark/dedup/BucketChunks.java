package dev.pith.spark.dedup;

import dev.pith.dedup.Hash64;
import java.util.Iterator;
import java.util.function.IntFunction;
import scala.Tuple2;

/**
 * The map side of the LSH shuffle: one input partition's sketches as {@link BucketChunk}s per
 * destination partition (a bucket's entries from every document meet in one partition).
 */
final class BucketChunks {

    /** Entries per chunk (8 MB): well below Kryo's largest buffer. */
    static final int CHUNK_ENTRIES = 1 << 20;
    /** The exact-text band. */
    static final int EXACT_BAND = 0;
    private static final long LOW_32 = 0xFFFFFFFFL;

    private BucketChunks() {
    }

    /**
     * @param in         sketches
     * @param partitions partitions of the LSH shuffle
     * @param bands      LSH band keys per document (the exact-text band comes on top)
     */
    static Iterator<Tuple2<Integer, BucketChunk>> of(Iterator<Sketched> in, int partitions, int bands) {
        return new ChunkRouter<>(in, partitions, () -> new Buffer(bands + 1),
                (s, to) -> route(s, to, partitions), CHUNK_ENTRIES);
    }

    /** The partition of a bucket: every entry of one (band, key) goes to the same one. */
    static int partitionOf(int band, long key, int partitions) {
        long h = Hash64.mix(((long) band << 32) | (key & LOW_32));
        return (int) Long.remainderUnsigned(h, partitions);
    }

    private static void route(Sketched s, IntFunction<Buffer> to, int partitions) {
        if (!s.info().comparable()) {
            return;
        }
        long doc = DocPairs.checked(s.info().doc());
        long hash = s.info().contentHash();
        long high = hash >>> 32;
        to.apply(partitionOf(EXACT_BAND, high, partitions)).addExact((high << 32) | doc, hash);
        int[] keys = s.bandKeys();
        for (int b = 0; b < keys.length; b++) {
            to.apply(partitionOf(b + 1, keys[b], partitions)).add(b + 1, ((long) keys[b] << 32) | doc);
        }
    }

    /** The entries gathered for one destination partition, band by band. */
    private static final class Buffer implements ChunkRouter.Buffer<BucketChunk> {
        private final LongList[] byBand;
        private final LongList exactHashes = new LongList();
        private int size;

        Buffer(int bands) {
            byBand = new LongList[bands];
            for (int b = 0; b < bands; b++) {
                byBand[b] = new LongList();
            }
        }

        void addExact(long entry, long hash) {
            exactHashes.add(hash);
            add(EXACT_BAND, entry);
        }

        void add(int band, long entry) {
            byBand[band].add(entry);
            size++;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public BucketChunk take() {
            int[] ends = new int[byBand.length];
            LongList all = new LongList();
            for (int b = 0; b < byBand.length; b++) {
                all.addAll(byBand[b]);
                ends[b] = all.size();
                byBand[b].clear();
            }
            BucketChunk chunk = new BucketChunk(ends, all.toArray(), exactHashes.toArray());
            exactHashes.clear();
            size = 0;
            return chunk;
        }
    }
}
