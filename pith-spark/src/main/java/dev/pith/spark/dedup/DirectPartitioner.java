package dev.pith.spark.dedup;

import org.apache.spark.Partitioner;

/**
 * The key is the partition: for chunks of packed records that the map side has already sorted
 * out by destination, so the shuffle moves a few large records instead of millions of small ones.
 */
final class DirectPartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;
    private final int partitions;

    DirectPartitioner(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return (Integer) key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirectPartitioner p && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}
