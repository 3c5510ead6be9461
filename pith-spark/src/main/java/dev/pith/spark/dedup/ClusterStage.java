package dev.pith.spark.dedup;

import dev.pith.dedup.DocFeatures;
import dev.pith.dedup.SetSimilarity;
import dev.pith.dedup.SurvivorRule;
import java.io.Serializable;
import dev.pith.spark.Iterators;
import java.util.Comparator;
import java.util.Iterator;
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
     * One annotation per record, partition by partition of the input, in input order. Only the
     * records in a link (members of clusters of two or more) are shuffled; every other record is
     * its own cluster and is annotated where it lies.
     *
     * @param sketched every record's sketch, partition by partition of the input, in input order
     * @param labels   the cluster label of every record in a link
     */
    static JavaRDD<DedupAnnotation> annotate(JavaRDD<Sketched> sketched, JavaPairRDD<Long, Long> labels,
                                             InputOrder order, DedupConfig config, Persisted persisted) {
        JavaPairRDD<Long, Long> labelsByInput = labels.repartitionAndSortWithinPartitions(order.partitioner());
        // (cluster, member) for the members of clusters of two or more
        JavaPairRDD<Long, DocInfo> byCluster = persisted.keep(sketched.zipPartitions(labelsByInput,
                        (sketches, ls) -> new DocMerge<DocInfo, Long, Tuple2<Long, DocInfo>>(infos(sketches), ls,
                                (doc, info, label) -> label.isEmpty() ? null : new Tuple2<>(label.get(0), info)))
                .filter(t -> t != null)
                .mapToPair(t -> t));
        Better better = new Better(config.survivorRules());
        // (cluster, (survivor, size)): one reduce
        JavaPairRDD<Long, Tuple2<DocInfo, Long>> clusters = byCluster.mapValues(d -> new Tuple2<>(d, 1L))
                .reduceByKey((a, b) -> new Tuple2<>(better.pick(a._1(), b._1()), a._2() + b._2()));
        JavaPairRDD<Long, Member> members = byCluster.join(clusters).mapToPair(e -> {
            DocInfo doc = e._2()._1();
            return new Tuple2<>(doc.doc(), new Member(doc, e._1(), e._2()._2()._2(), e._2()._2()._1()));
        });
        // (survivor, member) -> (member, survivor's set) -> (member, (survivor's set, member's set))
        JavaPairRDD<Long, int[]> survivorSets = ShingleSets.attach(sketched, members.filter(m -> m._2().needsJaccard())
                        .mapToPair(m -> new Tuple2<>(m._2().survivor().doc(), m._1())), order)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
        JavaPairRDD<Long, Float> jaccard = ShingleSets.attach(sketched, survivorSets, order)
                .mapValues(p -> (float) SetSimilarity.of(p._1(), p._2()).jaccard());
        JavaPairRDD<Long, DedupAnnotation> notes = members.leftOuterJoin(jaccard)
                .mapValues(e -> e._1().annotation(e._2().orElse(1f)))
                .repartitionAndSortWithinPartitions(order.partitioner());
        return sketched.zipPartitions(notes, (sketches, ns) -> new DocMerge<DocInfo, DedupAnnotation, DedupAnnotation>(
                infos(sketches), ns, (doc, info, a) -> a.isEmpty() ? alone(info) : a.get(0)));
    }

    private static Iterator<Tuple2<Long, DocInfo>> infos(Iterator<Sketched> sketches) {
        return Iterators.map(sketches, s -> new Tuple2<>(s.info().doc(), s.info()));
    }

    /** A record in no link: its own cluster and survivor. */
    private static DedupAnnotation alone(DocInfo info) {
        return new DedupAnnotation(info.doc(), 1, null, 1.0, info.note(), info.error());
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
