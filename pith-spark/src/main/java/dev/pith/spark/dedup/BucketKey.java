package dev.pith.spark.dedup;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.Partitioner;

/**
 * A document in an LSH bucket: {@code bucket} packs the band (0 for the exact-text bucket, band
 * b + 1 otherwise) in its high half and the band key in its low half. Partitioned by bucket and
 * sorted by bucket then document, so that a partition streams each bucket's documents in
 * document order, as the core's sort of {@code key << 32 | doc} does.
 */
record BucketKey(long bucket, long doc) implements Serializable {

    static final int EXACT_BAND = 0;
    private static final long LOW_32 = 0xFFFFFFFFL;

    static BucketKey of(int band, int key, long doc) {
        return new BucketKey(((long) band << 32) | (key & LOW_32), doc);
    }

    int band() {
        return (int) (bucket >>> 32);
    }

    /** Bucket, then document. */
    static final class Order implements Comparator<BucketKey>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(BucketKey a, BucketKey b) {
            int c = Long.compare(a.bucket, b.bucket);
            return c != 0 ? c : Long.compare(a.doc, b.doc);
        }
    }

    /** All documents of a bucket in one partition. */
    static final class ByBucket extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByBucket(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            long h = ((BucketKey) key).bucket * 0x9E3779B97F4A7C15L;
            return (int) Long.remainderUnsigned(h ^ (h >>> 29), partitions);
        }
    }
}
