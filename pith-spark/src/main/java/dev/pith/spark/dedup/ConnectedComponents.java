package dev.pith.spark.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an edge list by the large-star / small-star iteration (Kiveris et
 * al., "Connected Components in MapReduce and Beyond", 2014), on RDDs: no driver-side collect,
 * O(log n) rounds. When the edge set stops changing every component is a star around its
 * smallest node, which becomes the label of every node in it — the core's cluster number (the
 * smallest document number in the cluster).
 */
final class ConnectedComponents {

    /** The rounds of the last run, for the summary. */
    private int rounds;

    /**
     * @param links undirected edges
     * @return every node that has an edge, with the smallest node of its component
     */
    JavaPairRDD<Long, Long> labels(JavaRDD<Tuple2<Long, Long>> links) {
        // edges held as (larger, smaller)
        JavaPairRDD<Long, Long> edges = links.mapToPair(e -> e._1() > e._2() ? e : e.swap()).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        rounds = 0;
        while (true) {
            rounds++;
            JavaPairRDD<Long, Long> next = smallStar(largeStar(edges)).persist(StorageLevel.MEMORY_AND_DISK());
            boolean same = sameEdges(next, edges);
            edges.unpersist(false);
            edges = next;
            if (same) {
                break;
            }
        }
        return edges.flatMapToPair(e -> List.of(e, new Tuple2<>(e._2(), e._2())).iterator())
                .reduceByKey(Math::min);
    }

    /** Whether two edge sets are equal: one shuffle that compares each node's neighbours. */
    private static boolean sameEdges(JavaPairRDD<Long, Long> a, JavaPairRDD<Long, Long> b) {
        return a.cogroup(b).filter(n -> !neighbours(n._2()._1()).equals(neighbours(n._2()._2()))).isEmpty();
    }

    private static Set<Long> neighbours(Iterable<Long> nodes) {
        Set<Long> out = new HashSet<>();
        nodes.forEach(out::add);
        return out;
    }

    private static long smallest(long u, Iterable<Long> neighbours) {
        long min = u;
        for (long v : neighbours) {
            min = Math.min(min, v);
        }
        return min;
    }

    int rounds() {
        return rounds;
    }

    /** Each node's larger neighbours move to its smallest neighbour (or itself). */
    private static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> edges) {
        return edges.flatMapToPair(e -> List.of(e, e.swap()).iterator()).groupByKey().flatMapToPair(n -> {
            long u = n._1();
            long min = smallest(u, n._2());
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (long v : n._2()) {
                if (v > u) {
                    out.add(new Tuple2<>(v, min));
                }
            }
            return out.iterator();
        }).distinct();
    }

    /** Each node and its smaller neighbours move to the smallest of them. */
    private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> edges) {
        return edges.groupByKey().flatMapToPair(n -> {
            long u = n._1();
            long min = smallest(u, n._2());
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (long v : n._2()) {
                if (v != min) {
                    out.add(new Tuple2<>(v, min));
                }
            }
            if (u != min) {
                out.add(new Tuple2<>(u, min));
            }
            return out.iterator();
        }).distinct();
    }
}
