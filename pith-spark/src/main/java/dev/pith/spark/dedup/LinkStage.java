package dev.pith.spark.dedup;

import dev.pith.dedup.Sketcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The core {@code Clusterer}'s links as shuffles: every comparable document goes to its
 * exact-text bucket and to one bucket per LSH band (the shuffle on band keys); each bucket
 * proposes pairs ({@link BucketPass}); candidate pairs are verified on their exact shingle sets
 * by the core's {@code LinkRule}: each pair visits the input partition of its first document,
 * picks up that document's set ({@link SetRequests}), and is verified at the input partition of
 * its second ({@link PairVerifier}), so that only the pairs and one set per pair move.
 *
 * <p>Every shuffle here moves chunks of packed primitive records ({@link BucketChunk}, arrays of
 * {@link DocPairs}) routed by the map side ({@link DirectPartitioner}): Spark sorts and
 * serializes a few large records, and the sorts are {@code Arrays.sort} over {@code long}s, as
 * in the core, instead of a comparator over millions of boxed keys.
 */
final class LinkStage {

    /** What linking did, for the summary. */
    record Counts(LongAccumulator exact, LongAccumulator candidates) implements java.io.Serializable {
    }

    private LinkStage() {
    }

    /**
     * The verified links, as pairs {@code (a, b)} with {@code a < b}; duplicates removed.
     *
     * @param sketched every record's sketch, partition by partition of the input, in input order
     */
    static JavaRDD<Tuple2<Long, Long>> links(JavaRDD<Sketched> sketched, InputOrder order, DedupConfig config,
                                             int partitions, Counts counts, Persisted persisted) {
        int bands = new Sketcher(config.options(), null).bandCount();
        JavaRDD<Proposals> proposals = persisted.keep(sketched
                .mapPartitions(it -> BucketChunks.of(it, partitions, bands))
                .mapToPair(t -> t)
                .partitionBy(new DirectPartitioner(partitions))
                .values()
                .mapPartitions(chunks -> {
                    Proposals p = BucketPass.walk(chunks);
                    counts.exact().add(p.exact().length);
                    counts.candidates().add(p.proposed());
                    return List.of(p).iterator();
                }));
        int inputs = order.partitions();
        JavaRDD<long[]> byFirst = proposals.mapPartitions(it -> routed(it, order))
                .mapToPair(t -> t)
                .partitionBy(new DirectPartitioner(inputs))
                .values();
        JavaRDD<SetRequests> requests = sketched.zipPartitions(byFirst,
                        (sketches, pairs) -> SetRequests.attach(sketches, concat(pairs), order))
                .mapToPair(t -> t)
                .partitionBy(new DirectPartitioner(inputs))
                .values();
        JavaRDD<long[]> verified = sketched.zipPartitions(requests,
                (sketches, chunks) -> List.of(PairVerifier.verify(sketches, chunks, config)).iterator());
        return proposals.map(Proposals::exact).union(verified)
                .flatMap(LinkStage::unpacked)
                .distinct();
    }

    /** Candidate pairs, sorted by first document, cut into one slice per input partition of the first. */
    private static Iterator<Tuple2<Integer, long[]>> routed(Iterator<Proposals> in,
                                                                      InputOrder order) {
        List<Tuple2<Integer, long[]>> out = new ArrayList<>();
        in.forEachRemaining(p -> {
            long[] pairs = p.candidates();
            order.slices(pairs, DocPairs::first, (at, from, to) -> out.add(
                    new Tuple2<>(at, Arrays.copyOfRange(pairs, from, to))));
        });
        return out.iterator();
    }

    private static long[] concat(Iterator<long[]> pieces) {
        LongList all = new LongList();
        pieces.forEachRemaining(p -> all.addAll(p, 0, p.length));
        return all.toArray();
    }

    private static Iterator<Tuple2<Long, Long>> unpacked(long[] pairs) {
        List<Tuple2<Long, Long>> out = new ArrayList<>(pairs.length);
        for (long p : pairs) {
            out.add(new Tuple2<>(DocPairs.first(p), DocPairs.second(p)));
        }
        return out.iterator();
    }
}
