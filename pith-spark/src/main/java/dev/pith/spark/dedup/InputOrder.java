package dev.pith.spark.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The input's records numbered by position (as {@code pith dedup} numbers them), and a
 * partitioner that sends a document number back to the input partition that holds the record.
 * Anything keyed by document — boilerplate marks, dedup annotations — is shuffled to that
 * partition and sorted there, then merged with the re-read input in one streaming pass
 * ({@link DocMerge}): the texts never enter a shuffle, and the output comes out in input order
 * without a sort.
 */
final class InputOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The first document number of each input partition. */
    private final long[] starts;

    private InputOrder(long[] starts) {
        this.starts = starts;
    }

    /**
     * Counts the records of each partition (one pass over the input; only the counts reach the
     * driver). Any view of the input with the same partitions will do: the Dataset's internal
     * rows count without decoding each record into a Java string.
     */
    static InputOrder of(JavaRDD<?> input) {
        List<Long> counts = input.mapPartitions(it -> {
            long n = 0;
            for (; it.hasNext(); it.next()) {
                n++;
            }
            return List.of(n).iterator();
        }).collect();
        long[] starts = new long[counts.size()];
        for (int i = 1; i < starts.length; i++) {
            starts[i] = starts[i - 1] + counts.get(i - 1);
        }
        return new InputOrder(starts);
    }

    /** The input as (document number, record), in input order; a deterministic input numbers the same each time. */
    JavaPairRDD<Long, String> number(JavaRDD<String> input) {
        long[] first = starts;
        return input.mapPartitionsWithIndex((p, it) -> numbered(first[p], it), true)
                .mapToPair(t -> t);
    }

    private static Iterator<Tuple2<Long, String>> numbered(long first, Iterator<String> it) {
        return new Iterator<>() {
            private long next = first;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Tuple2<Long, String> next() {
                return new Tuple2<>(next++, it.next());
            }
        };
    }

    int partitions() {
        return starts.length;
    }

    /** A run of values that belong to one input partition. */
    @FunctionalInterface
    interface SliceConsumer {
        void accept(int partition, int from, int to);
    }

    /**
     * Cuts values sorted by document into runs, one per input partition that holds some.
     *
     * @param values sorted by {@code docOf}
     * @param docOf  the document of a value
     */
    void slices(long[] values, LongUnaryOperator docOf, SliceConsumer consumer) {
        int start = 0;
        for (int i = 1; i <= values.length; i++) {
            int at = partitionOf(docOf.applyAsLong(values[start]));
            if (i == values.length || partitionOf(docOf.applyAsLong(values[i])) != at) {
                consumer.accept(at, start, i);
                start = i;
            }
        }
    }

    /** Sends a document number to the input partition holding the document. */
    Partitioner partitioner() {
        return new ByInputPartition(starts);
    }

    /** The input partition holding a document. */
    int partitionOf(long doc) {
        return ByInputPartition.partitionOf(starts, doc);
    }

    /** Document number → input partition (the last partition whose first number is not above it). */
    static final class ByInputPartition extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final long[] starts;

        ByInputPartition(long[] starts) {
            this.starts = starts;
        }

        @Override
        public int numPartitions() {
            return starts.length;
        }

        @Override
        public int getPartition(Object key) {
            return partitionOf(starts, (Long) key);
        }

        static int partitionOf(long[] starts, long doc) {
            int i = Arrays.binarySearch(starts, doc);
            if (i < 0) {
                return -i - 2;
            }
            while (i + 1 < starts.length && starts[i + 1] == doc) {
                i++; // empty partitions share their start with the next one
            }
            return i;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByInputPartition p && Arrays.equals(p.starts, starts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(starts);
        }
    }
}
