package dev.pith.spark.dedup;

import dev.pith.spark.Iterators;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Brings documents' shingle sets to requests keyed by document (a candidate pair to verify, a
 * member to compare with its survivor) without shuffling the sets: each request goes to its
 * document's input partition, sorted by document, and is merged there with the kept sketches,
 * which lie in input order ({@link SketchStage#sketch}). Only the requests move.
 */
final class ShingleSets {

    private ShingleSets() {
    }

    /**
     * @param sketched the sketches, partition by partition of the input, in input order
     * @param requests values keyed by the document whose set they need
     * @return each request with the set: {@code (doc, (value, shingles))}
     */
    static <V> JavaPairRDD<Long, Tuple2<V, int[]>> attach(JavaRDD<Sketched> sketched, JavaPairRDD<Long, V> requests,
                                                          InputOrder order) {
        JavaPairRDD<Long, V> sorted = requests.repartitionAndSortWithinPartitions(order.partitioner());
        return sketched.zipPartitions(sorted, (records, wanted) -> Iterators.flatten(new DocMerge<Sketched, V,
                        List<Tuple2<Long, Tuple2<V, int[]>>>>(
                        Iterators.map(records, s -> new Tuple2<>(s.info().doc(), s)), wanted,
                        (doc, s, values) -> withSet(doc, s.shingles(), values))))
                .mapToPair(t -> t);
    }

    private static <V> List<Tuple2<Long, Tuple2<V, int[]>>> withSet(long doc, int[] shingles, List<V> values) {
        List<Tuple2<Long, Tuple2<V, int[]>>> out = new ArrayList<>(values.size());
        for (V v : values) {
            out.add(new Tuple2<>(doc, new Tuple2<>(v, shingles)));
        }
        return out;
    }
}
