package dev.pith.cli;

import dev.pith.Pith;
import dev.pith.batch.io.FileInputs;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.JsonLinesInputs;
import dev.pith.batch.io.JsonLinesSink;
import dev.pith.batch.io.Outputs;
import dev.pith.batch.io.TextRecord;
import dev.pith.batch.job.CleanJob;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.batch.run.RunStats;
import dev.pith.clean.CleanOptions;
import dev.pith.clean.Cleaning;
import dev.pith.clean.CorpusStats;
import dev.pith.clean.LineDecision;
import dev.pith.clean.TextCleaner;
import dev.pith.render.Format;
import dev.pith.util.JsonTrees;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pith clean}: plain-text captures in, clean article text out. */
@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = PithVersion.class,
        description = {"Cleans plain-text captures of web pages (WET records, text dumps, text columns): keeps the "
                + "article, drops menus, calls to action, appeals and comments; reads title, standfirst and date.",
                "One text file: printed in --format. Several, a directory or JSON Lines: JSON Lines out, one line "
                        + "per input document, in input order, with \"error\" when it failed.",
                "With --corpus, a first pass counts in how many documents of each site every line occurs, and the "
                        + "second pass drops lines that recur in at least --min-docs documents and --min-share of "
                        + "their site's documents (site: a record's \"site\" field, else its URL's host, else the "
                        + "whole corpus). Memory for the counts is fixed by --sketch-mb."})
public final class CleanCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Text files (.txt, .txt.gz), JSON Lines files with a \"text\" field (.jsonl, .jsonl.gz), "
                    + "directories (recursive), or - for stdin.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output for a single document: text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of stdout.")
    Path output;

    @Mixin
    WorkerOptions workers = new WorkerOptions();

    @Mixin
    PageSizeOption pageSize = new PageSizeOption();

    @Option(names = "--jsonl", description = "Read standard input as JSON Lines records.")
    boolean stdinJsonLines;

    @Option(names = "--no-title", description = "The first line is body text, not the title.")
    boolean noTitle;

    @Option(names = "--corpus", description = "Two passes: also drop lines that recur across a site's documents.")
    boolean corpus;

    @Option(names = "--min-docs",
            description = "Corpus mode: a line recurs in at least this many documents of its site (default: ${DEFAULT-VALUE}).")
    int minDocs = CorpusStats.Thresholds.DEFAULTS.minDocuments();

    @Option(names = "--min-share",
            description = "Corpus mode: ... and in at least this share of its site's documents (default: ${DEFAULT-VALUE}).")
    double minShare = CorpusStats.Thresholds.DEFAULTS.minShare();

    @Option(names = "--sketch-mb",
            description = "Corpus mode: memory for line counts, in MB, whatever the corpus size (default: ${DEFAULT-VALUE}).")
    int sketchMb = (int) (CorpusStats.Thresholds.DEFAULTS.sketchBytes() >> 20);

    @Option(names = "--max-sites",
            description = "Corpus mode: sites counted apart; further sites count with the whole corpus (default: ${DEFAULT-VALUE}).")
    int maxSites = CorpusStats.Thresholds.DEFAULTS.maxSites();

    @Option(names = "--explain", description = "For a single document: list every line with its label and rule.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        CleanOptions options = CleanOptions.DEFAULTS.withFirstLineIsTitle(!noTitle);
        Map<String, Long> skipped = new LinkedHashMap<>(); // files of the directories that are not text or records
        List<Input> files = FileInputs.expand(paths, CleanJob.EXTENSIONS, skipped, pageSize.bytes());
        boolean anyRecords = stdinJsonLines || files.stream().anyMatch(i -> JsonLinesInputs.isJsonLines(i.source()));
        if (!corpus && !anyRecords && files.size() == 1 && !Files.isDirectory(Path.of(paths.get(0)))) {
            return single(files.get(0), Format.parse(format), options);
        }
        if (corpus && files.stream().anyMatch(i -> i.source().equals("-"))) {
            System.err.println("pith: --corpus reads its input twice: give files, not stdin");
            return 2;
        }
        CorpusStats stats = corpus ? countLines(files) : null;
        return many(JsonLinesInputs.expand(files, stdinJsonLines, pageSize.bytes()), anyRecords ? 0 : files.size(),
                options, stats, skipped);
    }

    private int single(Input input, Format fmt, CleanOptions options) throws IOException {
        TextRecord record;
        try {
            record = TextRecord.read(input);
        } catch (IOException e) {
            System.err.println("pith: " + input.source() + ": " + e.getMessage());
            return 1;
        }
        if (TextCleaner.looksBinary(record.text())) {
            System.err.println("pith: " + input.source() + ": not text: the input looks binary");
            return 1;
        }
        Cleaning cleaning = Pith.explainClean(record.text(), options);
        try (OutputStream os = Outputs.open(output); PrintStream out = new PrintStream(os, true, StandardCharsets.UTF_8)) {
            if (explain) {
                for (LineDecision d : cleaning.decisions()) {
                    String t = d.text().length() > 100 ? d.text().substring(0, 100) + "…" : d.text();
                    out.printf("%s %-11s %-15s %s%n", d.kept() ? "+" : "-", d.label(), d.rule(), t);
                }
            } else {
                out.println(Pith.render(cleaning.article(), fmt));
            }
        }
        return 0;
    }

    /** Corpus pass one: counts every document's lines per site; the records are not written. */
    private CorpusStats countLines(List<Input> files) {
        CorpusStats stats = new CorpusStats(new CorpusStats.Thresholds(minDocs, minShare,
                (long) sketchMb << 20, maxSites));
        Progress progress = Progress.forTerminal(0);
        RunStats run = new RecordPipeline(workers.threads, workers.timeoutSeconds)
                .run(JsonLinesInputs.expand(files, false, pageSize.bytes()), input -> {
                    TextRecord record = TextRecord.read(input);
                    stats.addDocument(record.site(), record.text());
                    return JsonTrees.object();
                }, r -> { }, progress);
        progress.finish();
        System.err.printf(Locale.ROOT, "pith: corpus pass 1: %d documents, %d sites, %d MB of line counts, %.1f s%n",
                run.documents(), stats.documentsPerSite().size(), stats.sketchBytes() >> 20, run.nanos() / 1e9);
        return stats;
    }

    private int many(Iterator<Input> inputs, int total, CleanOptions options, CorpusStats corpusStats,
                     Map<String, Long> skipped)
            throws IOException {
        Progress progress = Progress.forTerminal(total);
        RunStats stats;
        try (OutputStream os = Outputs.open(output); JsonLinesSink sink = new JsonLinesSink(os)) {
            stats = new RecordPipeline(workers.threads, workers.timeoutSeconds).run(inputs,
                    new CleanJob(options, corpusStats), sink, progress);
        }
        Summaries.print(stats.withSkipped(skipped), progress);
        return 0;
    }

}
