package dev.pith.spark.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.JsonLinesInputs;
import dev.pith.dedup.DedupOptions;
import dev.pith.spark.Iterators;
import dev.pith.spark.Json;
import dev.pith.spark.OutputFormat;
import dev.pith.spark.ShuffleMeter;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * {@code dedup} on Spark: the algorithm of {@code pith dedup} (site line counts, sketches, LSH
 * buckets, verified links, clusters, survivors) with every step a shuffle rather than a
 * structure in one JVM. Records are numbered by their input position, as {@code pith dedup}
 * numbers them, so cluster numbers and survivors are the same. Output: every input record (or
 * only survivors) with {@code cluster}, {@code cluster_size}, {@code duplicate_of},
 * {@code similarity} and {@code dedup_note}, in input order.
 */
public final class DedupStage {

    /** The fields dedup adds. */
    static final List<String> OUTPUT_FIELDS = List.of("cluster", "cluster_size", "duplicate_of", "similarity",
            "dedup_note");

    /**
     * @param inputs        Parquet or JSON Lines paths with {@code id} and {@code text}
     * @param inputFormat   how they are stored
     * @param output        the output directory
     * @param format        how to write it
     * @param options       the dedup options of {@code pith dedup}
     * @param survivorsOnly write only each cluster's survivor
     * @param overwrite     replace an existing output directory
     */
    public record Settings(List<String> inputs, OutputFormat inputFormat, String output, OutputFormat format,
                           DedupOptions options, boolean survivorsOnly, boolean overwrite) {
    }

    /** What the job did. */
    public record Summary(long records, long errors, long clusters, long duplicates, long exactLinks,
                          long candidatePairs, long linkedPairs, int rounds, long shuffleBytes, double seconds) {

        public String text() {
            return String.format(Locale.ROOT, "pith-spark dedup: %d documents, %d errors, %d clusters, %d duplicates"
                            + " (%d exact links), %d candidate pairs, %d links; %d connected-component rounds;"
                            + " shuffle %.1f MB (%.0f bytes/doc); %.1f s, %.1f docs/s",
                    records, errors, clusters, duplicates, exactLinks, candidatePairs, linkedPairs, rounds,
                    shuffleBytes / 1e6, shuffleBytes / Math.max(1.0, records), seconds,
                    records / Math.max(1e-9, seconds));
        }
    }

    private DedupStage() {
    }

    /** The input format a path's name says (JSON Lines by extension), else Parquet. */
    public static OutputFormat formatOf(List<String> inputs) {
        boolean jsonl = inputs.stream().allMatch(p -> JsonLinesInputs.isJsonLines(p) || p.endsWith(".json"));
        return jsonl ? OutputFormat.JSONL : OutputFormat.PARQUET;
    }

    public static Summary run(SparkSession spark, Settings settings) {
        try (ShuffleMeter shuffle = ShuffleMeter.start(spark.sparkContext())) {
            return run(spark, settings, shuffle);
        }
    }

    private static Summary run(SparkSession spark, Settings settings, ShuffleMeter shuffle) {
        long start = System.nanoTime();
        String source = settings.inputs().size() == 1 ? settings.inputs().get(0) : "input";
        Dataset<String> json = settings.inputFormat() == OutputFormat.PARQUET
                ? spark.read().parquet(settings.inputs().toArray(String[]::new)).toJSON()
                : spark.read().textFile(settings.inputs().toArray(String[]::new))
                        .filter(functions.trim(functions.col("value")).notEqual(""));
        JavaRDD<String> input = json.javaRDD();
        InputOrder order = InputOrder.of(json.queryExecution().toRdd().toJavaRDD());
        if (order.partitions() != input.getNumPartitions()) {
            throw new IllegalStateException("the input's partitions changed between two views of it");
        }
        // (doc, record) in input order, as pith dedup numbers records; re-read, never shuffled
        JavaPairRDD<Long, String> lines = order.number(input);
        int partitions = Math.max(order.partitions(), spark.sparkContext().defaultParallelism());
        DedupConfig config = DedupConfig.of(settings.options());
        try (Persisted persisted = new Persisted()) {
            JavaRDD<Sketched> sketched = persisted.keepOnDisk(SketchStage.sketch(lines, source, order, config, persisted));
            LinkStage.Counts counts = new LinkStage.Counts(
                    spark.sparkContext().longAccumulator("pith exact links"),
                    spark.sparkContext().longAccumulator("pith candidate pairs"));
            JavaRDD<Tuple2<Long, Long>> links = persisted.keep(
                    LinkStage.links(sketched, order, config, partitions, counts, persisted));
            long linked = links.count();
            ConnectedComponents components = new ConnectedComponents();
            JavaPairRDD<Long, Long> labels = components.labels(links);
            JavaRDD<DedupAnnotation> annotations = persisted.keep(
                    ClusterStage.annotate(sketched, labels, order, config, persisted));
            write(spark, annotated(lines, annotations, source, settings.survivorsOnly()), settings, json);
            // records, errors, clusters (survivors), duplicates: one pass
            long[] totals = annotations.map(a -> new long[] {1, a.error() != null ? 1 : 0,
                    a.duplicateOf() == null ? 1 : 0, a.duplicateOf() != null ? 1 : 0}).fold(new long[4], DedupStage::sum);
            return new Summary(totals[0], totals[1], totals[2], totals[3],
                    counts.exact().value(), counts.candidates().value(), linked, components.rounds(),
                    shuffle.bytes(), (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * The output records in input order: the annotations lie in the partitions of their records,
     * in the same order, and are merged there with the re-read records (the text is not shuffled).
     */
    private static JavaRDD<String> annotated(JavaPairRDD<Long, String> lines, JavaRDD<DedupAnnotation> annotations,
                                             String source, boolean survivorsOnly) {
        return lines.zipPartitions(annotations, (records, notes) -> Iterators.map(records, r -> {
                    DedupAnnotation a = notes.next();
                    return survivorsOnly && a.duplicateOf() != null
                            ? null : annotate(r._2(), a, source + ":" + (r._1() + 1));
                }))
                .filter(line -> line != null);
    }

    private static long[] sum(long[] a, long[] b) {
        long[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    /**
     * The record with dedup's fields added (an unreadable record: its id, source and error). A
     * readable record without any of the fields keeps its bytes and gets them appended, as
     * {@code pith dedup} writes it: no parse and no re-serialising of the text.
     */
    static String annotate(String record, DedupAnnotation a, String where) {
        if (a.error() == null && isPlain(record)) {
            return appended(record.strip(), a);
        }
        ObjectNode o;
        try {
            JsonNode n = Json.MAPPER.readTree(record);
            o = n != null && n.isObject() ? (ObjectNode) n : null;
        } catch (Exception e) {
            o = null;
        }
        if (o == null) {
            o = Json.MAPPER.createObjectNode();
            o.put("id", where);
        }
        if (a.error() != null) {
            o.put("source", where);
            o.put("error", a.error());
        }
        o.put("cluster", a.cluster());
        o.put("cluster_size", a.clusterSize());
        o.put("duplicate_of", a.duplicateOf());
        o.put("similarity", a.similarity());
        if (a.note() != null) {
            o.put("dedup_note", a.note());
        }
        return o.toString();
    }

    /**
     * No field of dedup's among the record's keys. A quote inside a JSON string is escaped, so
     * {@code "name"} with both quotes bare is a key (of the record, or of a nested object: then
     * the record is rebuilt, which gives the same fields).
     */
    private static boolean isPlain(String record) {
        for (String field : OUTPUT_FIELDS) {
            if (record.contains("\"" + field + "\"")) {
                return false;
            }
        }
        return true;
    }

    private static String appended(String record, DedupAnnotation a) {
        int end = record.length() - 1; // the closing brace: the record parsed as an object
        while (end > 0 && record.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder sb = new StringBuilder(record.length() + 160).append(record, 0, end);
        sb.append(record.charAt(end - 1) == '{' ? "" : ",");
        sb.append("\"cluster\":").append(a.cluster())
                .append(",\"cluster_size\":").append(a.clusterSize())
                .append(",\"duplicate_of\":").append(quote(a.duplicateOf()))
                .append(",\"similarity\":").append(a.similarity());
        if (a.note() != null) {
            sb.append(",\"dedup_note\":").append(quote(a.note()));
        }
        return sb.append('}').toString();
    }

    private static String quote(String s) {
        return s == null ? "null" : Json.MAPPER.getNodeFactory().textNode(s).toString(); // as the tree writes it
    }

    private static void write(SparkSession spark, JavaRDD<String> out, Settings settings, Dataset<String> input) {
        SaveMode mode = settings.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        Dataset<String> lines = spark.createDataset(out.rdd(), Encoders.STRING());
        if (settings.format() == OutputFormat.JSONL) {
            lines.write().mode(mode).text(settings.output());
            return;
        }
        StructType schema = settings.inputFormat() == OutputFormat.PARQUET
                ? spark.read().parquet(settings.inputs().toArray(String[]::new)).schema()
                : spark.read().json(input).schema();
        schema = withField(schema, "cluster", DataTypes.LongType);
        schema = withField(schema, "cluster_size", DataTypes.LongType);
        schema = withField(schema, "duplicate_of", DataTypes.StringType);
        schema = withField(schema, "similarity", DataTypes.DoubleType);
        schema = withField(schema, "dedup_note", DataTypes.StringType);
        schema = withField(schema, "source", DataTypes.StringType);
        schema = withField(schema, "error", DataTypes.StringType);
        Dataset<Row> table = spark.read().schema(schema).json(lines);
        table.write().mode(mode).parquet(settings.output());
    }

    private static StructType withField(StructType schema, String name, org.apache.spark.sql.types.DataType type) {
        return List.of(schema.fieldNames()).contains(name) ? schema : schema.add(name, type, true);
    }
}
