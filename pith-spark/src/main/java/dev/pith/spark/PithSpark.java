package dev.pith.spark;

import dev.pith.ExtractOptions;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.dedup.DedupOptions;
import dev.pith.dedup.SurvivorRule;
import dev.pith.spark.dedup.DedupStage;
import dev.pith.spark.extract.ExtractStage;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The entry point of {@code spark-submit --class dev.pith.spark.PithSpark pith-spark.jar COMMAND ...}:
 * {@code extract}, {@code dedup} or {@code pipeline} (extract, then dedup). The master, executor
 * sizes and the like come from spark-submit; everything Pith-specific from the arguments.
 */
public final class PithSpark {

    static final String USAGE = """
            usage: spark-submit --class dev.pith.spark.PithSpark pith-spark.jar COMMAND [OPTIONS]

            commands:
              extract INPUT... -o OUT   WARC/WARC.gz, HTML (.html, .htm, .xhtml, gzipped or not) and JSON Lines
                                        (records with "html" or "text") from any Hadoop path (file://, hdfs://,
                                        s3a://), directories searched recursively, globs; one row per record
              dedup INPUT... -o OUT     near-duplicate clustering of Parquet or JSON Lines rows with "id" and
                                        "text" (e.g. extract's output), the algorithm of `pith dedup`
              pipeline INPUT... -o OUT  extract into OUT/extracted, then dedup into OUT/deduplicated

            options:
              -o, --output DIR          output directory (required)
              --format parquet|jsonl    output format (default: parquet)
              --overwrite               replace an existing output directory
              --timeout SECONDS         per-document time budget; a page past it is an error row (default: %d)
              --focus precision|balanced|recall   extraction focus (default: balanced)
              --comments                keep reader comments under articles
              --reference-date YYYY-MM-DD   read dates as of this day (default: today)
              --input-format parquet|jsonl  dedup: how INPUT is stored (default: by name, else parquet)
              --threshold T             dedup: Jaccard link threshold (default: 0.3)
              --containment C           dedup: containment link threshold, >= 1 turns it off (default: 0.8)
              --survivor RULES          dedup: survivor rules, best first (default: longest,metadata,latest)
              --keep all|survivors      dedup: write every row annotated, or only survivors (default: all)
              -h, --help                this text
            """.formatted(RecordPipeline.DEFAULT_BUDGET_SECONDS);

    static final Set<String> VALUE_OPTIONS = Set.of("-o", "--output", "--format", "--timeout", "--focus",
            "--reference-date", "--input-format", "--threshold", "--containment", "--survivor", "--keep");
    /** Where {@code pipeline} writes its stages, inside the output directory. */
    static final String EXTRACTED = "extracted";
    static final String DEDUPLICATED = "deduplicated";

    static final Set<String> FLAGS = Set.of("--overwrite", "--comments", "-h", "--help");

    private PithSpark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> all = Arrays.asList(args);
        if (all.isEmpty() || all.contains("-h") || all.contains("--help")) {
            System.out.print(USAGE);
            return;
        }
        int code;
        SparkSession spark = null;
        try {
            Command command = Command.parse(all);
            spark = SparkSession.builder().config(PithKryo.defaults(new SparkConf()))
                    .appName("pith-spark " + all.get(0)).getOrCreate();
            code = command.run(spark, System.err);
        } catch (UsageException e) {
            System.err.println("pith-spark: " + e.getMessage() + " (see --help)");
            code = 2;
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /** One parsed command line, ready to run on a session. */
    public record Command(String name, Arguments args) {

        public static Command parse(List<String> all) {
            String name = all.get(0).toLowerCase(Locale.ROOT);
            if (!Set.of("extract", "dedup", "pipeline").contains(name)) {
                throw new UsageException("unknown command '" + all.get(0) + "' (use extract, dedup or pipeline)");
            }
            Arguments args = new Arguments(all.subList(1, all.size()), VALUE_OPTIONS, FLAGS);
            if (args.positional().isEmpty()) {
                throw new UsageException(name + ": no INPUT given");
            }
            output(args);
            return new Command(name, args);
        }

        /** Runs the command and prints its summary to {@code log}; returns the exit code. */
        public int run(SparkSession spark, PrintStream log) throws IOException {
            switch (name) {
                case "extract" -> log.println(ExtractStage.run(spark, extractSettings(output(args))).text());
                case "dedup" -> log.println(DedupStage.run(spark, dedupSettings(args.positional(), inputFormat(),
                        output(args))).text());
                default -> pipeline(spark, log);
            }
            return 0;
        }

        /** Extract into OUT/extracted (Parquet, written once), then dedup it into OUT/deduplicated. */
        private void pipeline(SparkSession spark, PrintStream log) throws IOException {
            String out = output(args).replaceAll("/+$", "");
            String extracted = out + "/" + EXTRACTED;
            ExtractStage.Settings extract = extractSettings(extracted);
            log.println(ExtractStage.run(spark, new ExtractStage.Settings(extract.inputs(), extracted,
                    OutputFormat.PARQUET, extract.options(), extract.overwrite())).text());
            log.println(DedupStage.run(spark, dedupSettings(List.of(extracted), OutputFormat.PARQUET,
                    out + "/" + DEDUPLICATED)).text());
        }

        private OutputFormat inputFormat() {
            String f = args.value("--input-format", null);
            return f == null ? DedupStage.formatOf(args.positional()) : OutputFormat.parse(f);
        }

        DedupStage.Settings dedupSettings(List<String> inputs, OutputFormat inputFormat, String out) {
            DedupOptions options;
            try {
                options = new DedupOptions(args.number("--threshold", DedupOptions.DEFAULT_THRESHOLD),
                        args.number("--containment", DedupOptions.DEFAULT_CONTAINMENT),
                        DedupOptions.DEFAULT_SHINGLE_SIZE, null,
                        SurvivorRule.parse(args.value("--survivor", "longest,metadata,latest")));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            String keep = args.value("--keep", "all");
            if (!keep.equals("all") && !keep.equals("survivors")) {
                throw new UsageException("--keep takes all or survivors, got '" + keep + "'");
            }
            return new DedupStage.Settings(inputs, inputFormat, out,
                    OutputFormat.parse(args.value("--format", "parquet")), options, keep.equals("survivors"),
                    args.flag("--overwrite"));
        }

        ExtractStage.Settings extractSettings(String out) {
            return new ExtractStage.Settings(args.positional(), out,
                    OutputFormat.parse(args.value("--format", "parquet")), extractOptions(args),
                    args.flag("--overwrite"));
        }

        private static String output(Arguments args) {
            String out = args.value("-o", args.value("--output", null));
            if (out == null) {
                throw new UsageException("missing -o OUTPUT");
            }
            return out;
        }
    }

    static ExtractOptions extractOptions(Arguments args) {
        long timeout = (long) args.number("--timeout", RecordPipeline.DEFAULT_BUDGET_SECONDS);
        if (timeout < 1) {
            throw new UsageException("--timeout must be at least 1 second");
        }
        ExtractOptions.Focus focus;
        try {
            focus = ExtractOptions.Focus.valueOf(args.value("--focus", "balanced").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --focus (use precision, balanced or recall)");
        }
        String day = args.value("--reference-date", null);
        LocalDate reference;
        try {
            reference = day == null ? null : LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException("--reference-date needs YYYY-MM-DD, got '" + day + "'");
        }
        // The table's records never show links or emphasis, so the marks would be computed for nothing.
        return ExtractOptions.DEFAULTS.withComments(args.flag("--comments")).withFocus(focus)
                .withReferenceDate(reference).withTimeBudget(Duration.ofSeconds(timeout)).withInlineMarks(false);
    }
}
