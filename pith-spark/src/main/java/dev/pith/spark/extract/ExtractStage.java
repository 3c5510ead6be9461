package dev.pith.spark.extract;

import dev.pith.ExtractOptions;
import dev.pith.spark.HadoopConf;
import dev.pith.spark.Iterators;
import dev.pith.spark.OutputFormat;
import dev.pith.spark.UsageException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * {@code extract} on Spark: lists the inputs on the driver, extracts each {@link InputUnit} in
 * its own task (one extractor per partition, one row per input record) and writes Parquet or
 * JSON Lines through Spark's committer, so a retried task never leaves partial or doubled rows.
 */
public final class ExtractStage {

    /**
     * @param inputs    Hadoop paths, directories or globs
     * @param output    the output directory
     * @param format    Parquet or JSON Lines
     * @param options   extraction options, with the per-document time budget
     * @param overwrite replace an existing output directory
     */
    public record Settings(List<String> inputs, String output, OutputFormat format, ExtractOptions options,
                           boolean overwrite) {
    }

    /**
     * What the job did: rows out (= inputs in), error rows, inputs read by the executors (more
     * than rows when tasks were retried), records skipped by reason, seconds.
     */
    public record Summary(long rows, long errors, long inputsRead, Map<String, Long> skipped, double seconds) {

        public long skippedTotal() {
            return skipped.values().stream().mapToLong(Long::longValue).sum();
        }

        public String text() {
            return String.format(Locale.ROOT,
                    "pith-spark extract: in %d, ok %d, errors %d, skipped %d %s; %.1f s, %.1f pages/s",
                    rows, rows - errors, errors, skippedTotal(), skipped, seconds, rows / Math.max(1e-9, seconds));
        }
    }

    private ExtractStage() {
    }

    public static Summary run(SparkSession spark, Settings settings) throws IOException {
        long start = System.nanoTime();
        List<InputUnit> units = InputListing.list(settings.inputs(), spark.sparkContext().hadoopConfiguration());
        if (units.isEmpty()) {
            throw new UsageException("nothing to extract: no WARC, HTML or JSON Lines files in " + settings.inputs());
        }
        ExtractCounters counters = new ExtractCounters(spark.sparkContext());
        HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        OptionsCarrier options = OptionsCarrier.of(settings.options());
        JavaRDD<InputUnit> work = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(units, units.size());
        SaveMode mode = settings.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        // records never cross a lambda's signature: the job jar relocates Jackson, and a serialized
        // lambda whose signature names a relocated class no longer deserializes
        if (settings.format() == OutputFormat.PARQUET) {
            StructType schema = RecordRows.schema();
            JavaRDD<Row> rows = work.mapPartitions((Iterator<InputUnit> it) -> Iterators.map(
                    new PartitionExtractor(it, conf.get(), options.options(), counters),
                    r -> RecordRows.toRow(r, schema)));
            spark.createDataFrame(rows, schema).write().mode(mode).parquet(settings.output());
        } else {
            JavaRDD<String> lines = work.mapPartitions((Iterator<InputUnit> it) -> Iterators.map(
                    new PartitionExtractor(it, conf.get(), options.options(), counters), Object::toString));
            spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(mode).text(settings.output());
        }
        Dataset<Row> written = read(spark, settings.output(), settings.format());
        long rows = written.count();
        long errors = written.filter(functions.col("error").isNotNull()).count();
        return new Summary(rows, errors, counters.inputs(), counters.skippedByReason(),
                (System.nanoTime() - start) / 1e9);
    }

    /** A written extraction table, with its {@code error} column whatever the format. */
    public static Dataset<Row> read(SparkSession spark, String path, OutputFormat format) {
        if (format == OutputFormat.PARQUET) {
            return spark.read().parquet(path);
        }
        return spark.read().schema(RecordRows.schema()).json(path);
    }
}
