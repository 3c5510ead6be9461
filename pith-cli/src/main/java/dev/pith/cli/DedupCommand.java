package dev.pith.cli;

import dev.pith.batch.dedup.DedupInputs;
import dev.pith.batch.dedup.DedupRun;
import dev.pith.batch.dedup.JsonlSource;
import dev.pith.batch.dedup.MemoryBudget;
import dev.pith.batch.io.Outputs;
import dev.pith.dedup.DedupOptions;
import dev.pith.dedup.LshParams;
import dev.pith.dedup.SurvivorRule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pith dedup}: finds copies and versions of the same story in JSON Lines records, HTML and text files. */
@Command(name = "dedup", mixinStandardHelpOptions = true, versionProvider = PithVersion.class,
        description = {"Finds near-duplicate documents (recrawls, revisions, syndicated copies, teasers).",
                "Reads JSON Lines with id, text and optional site/url/metadata (the output of pith extract or pith"
                        + " clean); HTML and text files are first made into those records as pith extract and pith"
                        + " clean would.",
                "Writes every record with cluster, cluster_size, duplicate_of and similarity added."})
public final class DedupCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "JSON Lines files (.jsonl, .jsonl.gz), - for stdin (JSON Lines), HTML files (.html, .htm,"
                    + " .xhtml, .html.gz), text files (.txt, .text, .txt.gz) or directories of HTML and text files"
                    + " (recursive).")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, description = "Write records to this file instead of stdout.")
    Path output;

    @Option(names = "--threshold",
            description = "Shingle Jaccard at which two documents are one story (default: ${DEFAULT-VALUE}).")
    double threshold = DedupOptions.DEFAULT_THRESHOLD;

    @Option(names = "--containment",
            description = "Share of a shorter document found in a longer one that also links them, for teasers;"
                    + " 1.1 turns it off (default: ${DEFAULT-VALUE}).")
    double containment = DedupOptions.DEFAULT_CONTAINMENT;

    @Option(names = "--shingle",
            description = "Words per shingle; characters in scripts without spaces (default: ${DEFAULT-VALUE}).")
    int shingle = DedupOptions.DEFAULT_SHINGLE_SIZE;

    @Option(names = "--bands", description = "LSH bands (default: derived from --threshold).")
    Integer bands;

    @Option(names = "--rows", description = "LSH rows per band (default: derived from --threshold).")
    Integer rows;

    @Option(names = "--survivor", defaultValue = "longest,metadata,latest",
            description = "Which copy of a cluster is kept, criteria in order: longest (clean body), metadata"
                    + " (most fields), latest (modified date); ties go to the smallest id (default: ${DEFAULT-VALUE}).")
    String survivor;

    @Option(names = "--keep", defaultValue = "all",
            description = "all: every record annotated; survivors: one record per cluster (default: ${DEFAULT-VALUE}).")
    String keep;

    @Option(names = "--report", description = "Write the cluster report to this file (default: stderr).")
    Path report;

    @Option(names = "--index", description = "Directory of a saved index: earlier batches are matched, and this"
            + " batch is added to it.")
    Path index;

    @Option(names = "--memory", paramLabel = "SIZE",
            description = "Heap for per-document state (ids, survivor features, notes), e.g. 512m or 2g; past it"
                    + " the state goes to files in the work directory (default: a quarter of the maximum heap).")
    String memory;

    /** -j (at least 1, like every command's), and --timeout for each HTML or text file extracted first. */
    @Mixin
    WorkerOptions workers = new WorkerOptions();

    @Mixin
    PageSizeOption pageSize = new PageSizeOption();

    @Override
    public Integer call() throws IOException {
        DedupOptions options = options();
        boolean survivorsOnly = switch (keep) {
            case "all" -> false;
            case "survivors" -> true;
            default -> throw new IllegalArgumentException("--keep must be all or survivors, got " + keep);
        };
        MemoryBudget budget = memory == null ? MemoryBudget.ofHeap() : MemoryBudget.parse(memory);
        Path work = index != null ? index : Files.createTempDirectory("pith-dedup");
        PrintStream log = System.console() != null ? System.err : null;
        Progress progress = Progress.forTerminal(0);
        DedupInputs extraction = new DedupInputs(workers.threads, workers.timeoutSeconds, progress,
                stats -> {
                    progress.finish();
                    System.err.printf(Locale.ROOT, "pith dedup: %d files extracted or cleaned, %d errors, %d skipped%s,"
                            + " %.1f s%n", stats.documents(), stats.errors(), stats.skippedTotal(),
                            Summaries.reasons(stats), stats.nanos() / 1e9);
                }, pageSize.bytes());
        try (JsonlSource source = extraction.open(inputs);
             OutputStream out = Outputs.open(output);
             PrintStream reportOut = report == null ? null
                     : new PrintStream(Files.newOutputStream(report), true, StandardCharsets.UTF_8)) {
            DedupRun.Summary summary = new DedupRun(options, workers.threads, survivorsOnly, log, budget)
                    .run(source, work, index != null, out, reportOut == null ? System.err : reportOut);
            System.err.println(summary.text());
        } finally {
            if (index == null) {
                deleteTree(work);
            }
        }
        return 0;
    }

    private DedupOptions options() {
        DedupOptions o = new DedupOptions(threshold, containment, shingle, null, SurvivorRule.parse(survivor));
        if (bands != null || rows != null) {
            LshParams derived = o.lsh();
            o = o.withLsh(new LshParams(bands != null ? bands : derived.bands(), rows != null ? rows : derived.rows()));
        }
        return o;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
