package dev.pith.spark.dedup;

import dev.pith.dedup.LinkRule;
import dev.pith.dedup.SetSimilarity;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The core {@code Clusterer}'s links as shuffles: every comparable document goes to its
 * exact-text bucket and to one bucket per LSH band (the shuffle on band keys); each bucket
 * proposes pairs ({@link BucketWalker}); candidate pairs are verified on their exact shingle
 * sets by the core's {@link LinkRule}: each pair visits the input partitions of its two
 * documents and picks up their sets there ({@link ShingleSets}), so that only the pairs and one
 * set per pair move.
 */
final class LinkStage {

    /** What linking did, for the summary. */
    record Counts(LongAccumulator exact, LongAccumulator candidates) implements java.io.Serializable {
    }

    private LinkStage() {
    }

    /** The verified links, as pairs {@code (a, b)} with {@code a < b}; duplicates removed. */
    /**
     * @param sketched every record's sketch, partition by partition of the input, in input order
     */
    static JavaRDD<Tuple2<Long, Long>> links(JavaRDD<Sketched> sketched, InputOrder order, DedupConfig config,
                                             int partitions, Counts counts) {
        JavaPairRDD<BucketKey, Long> members = sketched.filter(s -> s.info().comparable()).flatMapToPair(s -> {
            long doc = s.info().doc();
            long hash = s.info().contentHash();
            List<Tuple2<BucketKey, Long>> out = new ArrayList<>(s.bandKeys().length + 1);
            out.add(new Tuple2<>(BucketKey.of(BucketKey.EXACT_BAND, (int) (hash >>> 32), doc), hash));
            for (int b = 0; b < s.bandKeys().length; b++) {
                out.add(new Tuple2<>(BucketKey.of(b + 1, s.bandKeys()[b], doc), 0L));
            }
            return out.iterator();
        });
        JavaRDD<Edge> proposed = members
                .repartitionAndSortWithinPartitions(new BucketKey.ByBucket(partitions), new BucketKey.Order())
                .mapPartitions(BucketWalker::new);
        JavaRDD<Tuple2<Long, Long>> exact = proposed.filter(Edge::exact).map(e -> {
            counts.exact().add(1);
            return new Tuple2<>(e.a(), e.b());
        });
        JavaPairRDD<Long, Long> candidates = proposed.filter(e -> !e.exact()).mapToPair(e -> {
            counts.candidates().add(1);
            return new Tuple2<>(e.a(), e.b());
        }).distinct();
        // (a, b) -> (b, (a, set of a)) -> (b, ((a, set of a), set of b))
        JavaPairRDD<Long, Tuple2<Long, int[]>> withFirst = ShingleSets.attach(sketched, candidates, order)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())));
        JavaRDD<Tuple2<Long, Long>> verified = ShingleSets.attach(sketched, withFirst, order)
                .mapPartitions(it -> {
                    LinkRule rule = new LinkRule(config.options());
                    List<Tuple2<Long, Long>> linked = new ArrayList<>();
                    it.forEachRemaining(e -> {
                        Tuple2<Long, int[]> a = e._2()._1();
                        if (rule.links(SetSimilarity.of(a._2(), e._2()._2()))) {
                            linked.add(new Tuple2<>(a._1(), e._1()));
                        }
                    });
                    return linked.iterator();
                });
        return exact.union(verified).distinct();
    }
}
