package dev.pith.spark.dedup;

import dev.pith.batch.dedup.DedupRun;
import dev.pith.dedup.DocumentSketch;
import dev.pith.dedup.Hash64;
import dev.pith.dedup.LineStatistics;
import dev.pith.dedup.Shingler;
import dev.pith.dedup.Sketcher;
import dev.pith.dedup.Tokenizer;
import dev.pith.dedup.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The first two passes of {@code pith dedup}, as shuffles: count in how many documents of its
 * site each line occurs (exact counts, keyed by the core's site-and-line hash), mark each
 * document's boilerplate lines by joining its lines with the boilerplate keys, then sketch every
 * document with the core's {@link Sketcher} (shingles, MinHash, LSH band keys).
 */
final class SketchStage {

    private SketchStage() {
    }

    /**
     * The sketch of every record, partition by partition of the input (partition i of the result
     * holds input partition i's records, in input order); records with an error are not comparable.
     * Only line keys and document numbers are shuffled: the boilerplate marks go back to each
     * record's input partition and meet the re-read text there.
     */
    static JavaRDD<Sketched> sketch(JavaPairRDD<Long, String> lines, String source, InputOrder order,
                                    DedupConfig config, Persisted persisted) {
        JavaRDD<SiteLines> siteLines = persisted.keep(lines.map(e -> ParsedDoc.parse(e._1(), source, e._2()))
                .filter(d -> d.error() == null)
                .map(d -> new SiteLines(d.doc(), Hash64.chars(d.site()), lineKeys(d))));
        JavaPairRDD<Long, Long> siteDocuments = siteLines.mapToPair(d -> new Tuple2<>(d.siteHash(), 1L))
                .reduceByKey(Long::sum);
        int partitions = Math.max(order.partitions(), siteLines.context().defaultParallelism());
        // (site, line found in enough documents) -> the boilerplate lines' documents, by input partition
        JavaRDD<RepeatedLine> marks = siteLines.mapPartitions(it -> LineCounts.chunks(it, partitions))
                .mapToPair(t -> t)
                .partitionBy(new DirectPartitioner(partitions))
                .values()
                .mapPartitions(LineCounts::repeated)
                .mapToPair(t -> t)
                .join(siteDocuments)
                .filter(e -> BoilerplateRule.isBoilerplate(e._2()._1().docs().length, e._2()._2()))
                .flatMapToPair(e -> byInputPartition(e._2()._1(), order))
                .partitionBy(new DirectPartitioner(order.partitions()))
                .values();
        JavaRDD<Sketched> sketched = lines.zipPartitions(marks, (records, boilerplate) -> {
            Sketcher sketcher = new Sketcher(config.options(), null);
            return new DocMerge<String, Long, Sketched>(records, byDocument(boilerplate),
                    (doc, json, keys) -> sketchOne(ParsedDoc.parse(doc, source, json), keys, sketcher, config));
        });
        return sketched;
    }

    /** A boilerplate line's documents, one slice per input partition that holds some. */
    private static Iterator<Tuple2<Integer, RepeatedLine>> byInputPartition(RepeatedLine line, InputOrder order) {
        List<Tuple2<Integer, RepeatedLine>> out = new ArrayList<>();
        long[] docs = line.docs();
        order.slices(docs, doc -> doc, (at, from, to) -> out.add(
                new Tuple2<>(at, new RepeatedLine(line.key(), Arrays.copyOfRange(docs, from, to)))));
        return out.iterator();
    }

    /** The boilerplate lines of one input partition as (document, line key), in document order. */
    private static Iterator<Tuple2<Long, Long>> byDocument(Iterator<RepeatedLine> lines) {
        LongList docs = new LongList();
        LongList keys = new LongList();
        lines.forEachRemaining(l -> {
            for (long doc : l.docs()) {
                docs.add(doc);
                keys.add(l.key());
            }
        });
        long[] doc = docs.toArray();
        long[] key = keys.toArray();
        PairSort.sort(doc, key, 0, doc.length);
        return IntStream.range(0, doc.length).mapToObj(i -> new Tuple2<>(doc[i], key[i])).iterator();
    }

    private static long[] lineKeys(ParsedDoc d) {
        try {
            return LineStatistics.keys(d.site(), Tokenizer.tokenize(d.text()));
        } catch (RuntimeException e) {
            return new long[0]; // the sketch pass reports the record's error
        }
    }

    private static Sketched sketchOne(ParsedDoc d, List<Long> boilerplate, Sketcher sketcher, DedupConfig config) {
        if (d.error() != null) {
            return notComparable(d, d.error());
        }
        DocumentSketch sk;
        try {
            Tokens tokens = Tokenizer.tokenize(d.text());
            sk = sketcher.sketch(tokens, boilerplate.isEmpty() ? null : flags(d.site(), tokens, boilerplate));
        } catch (RuntimeException e) {
            return notComparable(d, "cannot sketch text: " + e);
        }
        DocInfo info = new DocInfo(d.doc(), d.id(), sk.tokens(), d.metadataFields(), d.date(), sk.contentHash(),
                !sk.isEmpty(), DedupRun.sketchNote(sk, config.shingleSize()), null);
        return sk.isEmpty() ? new Sketched(info, new int[0], new int[0])
                : new Sketched(info, Shingler.set(sk.shingles()), sk.bandKeys());
    }

    private static Sketched notComparable(ParsedDoc d, String error) {
        return new Sketched(new DocInfo(d.doc(), d.id(), 0, d.metadataFields(), d.date(), 0, false, null, error),
                new int[0], new int[0]);
    }

    /** Per line of the document, whether its site-and-line key is one of the site's boilerplate keys. */
    private static boolean[] flags(String site, Tokens tokens, Iterable<Long> boilerplate) {
        long[] keys = new long[8];
        int n = 0;
        for (long k : boilerplate) {
            keys = n == keys.length ? Arrays.copyOf(keys, n * 2) : keys;
            keys[n++] = k;
        }
        Arrays.sort(keys, 0, n);
        long siteHash = Hash64.chars(site);
        boolean[] out = new boolean[tokens.lines()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.binarySearch(keys, 0, n, Hash64.combine(siteHash, tokens.lineKey(i))) >= 0;
        }
        return out;
    }
}
