package dev.pith.spark.dedup;

import dev.pith.dedup.DocFeatures;
import dev.pith.dedup.SetSimilarity;
import dev.pith.dedup.SurvivorRule;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Survivors and similarities: the core {@code Clusterer}'s last step as shuffles. Each cluster
 * keeps its best document by the core's {@link SurvivorRule} order (ties to the smaller
 * document number, as the core's scan in document order does); every other member records the
 * survivor's id and its shingle Jaccard with the survivor.
 */
final class ClusterStage {

    private static final double ROUNDING = 10_000;

    private ClusterStage() {
    }

    /**
     * @param infos  every record
     * @param labels the cluster label of every record in a link
     * @param sketched every record's sketch, partition by partition of the input, in input order
     */
    static JavaPairRDD<Long, DedupAnnotation> annotate(JavaPairRDD<Long, DocInfo> infos, JavaPairRDD<Long, Long> labels,
                                                       JavaRDD<Sketched> sketched, InputOrder order,
                                                       DedupConfig config) {
        JavaPairRDD<Long, DocInfo> byCluster = infos.leftOuterJoin(labels)
                .mapToPair(e -> new Tuple2<>(e._2()._2().orElse(e._1()), e._2()._1()));
        Better better = new Better(config.survivorRules());
        JavaPairRDD<Long, DocInfo> survivors = byCluster.reduceByKey(better::pick);
        JavaPairRDD<Long, Long> sizes = byCluster.mapValues(d -> 1L).reduceByKey(Long::sum);
        // (doc, (cluster, size, survivor))
        JavaPairRDD<Long, Member> members = byCluster.join(survivors).join(sizes).mapToPair(e -> {
            DocInfo doc = e._2()._1()._1();
            return new Tuple2<>(doc.doc(), new Member(doc, e._1(), e._2()._2(), e._2()._1()._2()));
        });
        // (survivor, member) -> (member, survivor's set) -> (member, (survivor's set, member's set))
        JavaPairRDD<Long, int[]> survivorSets = ShingleSets.attach(sketched, members.filter(m -> m._2().needsJaccard())
                        .mapToPair(m -> new Tuple2<>(m._2().survivor().doc(), m._1())), order)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
        JavaPairRDD<Long, Float> jaccard = ShingleSets.attach(sketched, survivorSets, order)
                .mapValues(p -> (float) SetSimilarity.of(p._1(), p._2()).jaccard());
        return members.leftOuterJoin(jaccard).mapValues(e -> e._1().annotation(e._2().orElse(1f)));
    }

    /** A record with its cluster and the cluster's survivor. */
    record Member(DocInfo doc, long cluster, long size, DocInfo survivor) implements Serializable {

        boolean needsJaccard() {
            return survivor.doc() != doc.doc() && survivor.contentHash() != doc.contentHash();
        }

        DedupAnnotation annotation(float similarity) {
            boolean kept = survivor.doc() == doc.doc();
            double rounded = Math.round(similarity * ROUNDING) / ROUNDING;
            return new DedupAnnotation(cluster, size, kept ? null : survivor.id(), rounded, doc.note(), doc.error());
        }
    }

    /** The survivor rule as a reduce function; the core's comparator is rebuilt on each executor. */
    static final class Better implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<SurvivorRule> rules;
        private transient Comparator<DocFeatures> order;

        Better(List<SurvivorRule> rules) {
            this.rules = List.copyOf(rules);
        }

        DocInfo pick(DocInfo a, DocInfo b) {
            if (order == null) {
                order = SurvivorRule.order(rules);
            }
            int c = order.compare(a.features(), b.features());
            if (c == 0) {
                c = Long.compare(a.doc(), b.doc());
            }
            return c <= 0 ? a : b;
        }
    }
}
