package dev.pith.spark.dedup;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;

/** The RDDs one dedup run keeps between its passes; all released together when the run ends. */
final class Persisted implements AutoCloseable {

    private final List<JavaRDD<?>> rdds = new ArrayList<>();

    /** Kept serialized, spilling to disk past the executors' storage memory. */
    <T> JavaRDD<T> keep(JavaRDD<T> rdd) {
        rdds.add(rdd.persist(StorageLevel.MEMORY_AND_DISK_SER()));
        return rdd;
    }

    /**
     * Kept on the executors' local disks only: for the sketches (a shingle set per document, the
     * bulk of what dedup keeps), which would otherwise fill the storage share of the heap and
     * leave too little for the tasks (a 1-million-document run in a 2 GB heap ran out of memory
     * while caching them). Each pass reads them back through the page cache.
     */
    <T> JavaRDD<T> keepOnDisk(JavaRDD<T> rdd) {
        rdds.add(rdd.persist(StorageLevel.DISK_ONLY()));
        return rdd;
    }

    <K, V> JavaPairRDD<K, V> keep(JavaPairRDD<K, V> rdd) {
        keep(rdd.rdd().toJavaRDD());
        return rdd;
    }

    @Override
    public void close() {
        rdds.forEach(r -> r.unpersist(false));
        rdds.clear();
    }
}
