package dev.pith.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.BlockVerdict;
import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.Pith;
import dev.pith.PrunedElement;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.Outputs;
import dev.pith.batch.io.Source;
import dev.pith.batch.io.Sources;
import dev.pith.batch.io.WarcSource;
import dev.pith.batch.io.fetch.Fetcher;
import dev.pith.batch.run.BatchRun;
import dev.pith.batch.run.Failures;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.batch.job.ExtractJob;
import dev.pith.batch.run.RunStats;
import dev.pith.render.Format;
import dev.pith.render.RenderOptions;
import dev.pith.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pith extract}: HTML pages in, main content out. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = PithVersion.class,
        description = {"Extracts the main content and metadata of HTML pages.",
                "One document: printed in --format. Several (or a WARC): JSON Lines, one line per document,"
                        + " in input order."})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "HTML files (.html, .htm, .html.gz), WARC files (.warc, .warc.gz), directories"
                    + " (recursive), http(s) URLs, or - for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--urls", paramLabel = "FILE", description = "Also fetch the URLs in FILE, one a line.")
    Path urlsFile;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output for a single document: text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of stdout.")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR", description = {"Several inputs: also write each document to"
            + " a file of its own in DIR, in --format (.txt, .md, .json, .html), named after its URL or input"
            + " name; the JSON Lines record says which in `file`. DIR is created if missing."})
    Path outputDir;

    @Option(names = "--timings", paramLabel = "FILE", description = {"Also write how long each document took to"
            + " FILE: one JSON line {source, id, ms, cpu_ms} per document as it finishes (the run writes"
            + " JSON Lines records, as for several inputs)."})
    Path timingsFile;

    @Option(names = "--resume", description = "Continue an interrupted run: keep the records already in -o FILE"
            + " and process only the rest.")
    boolean resume;

    @Option(names = "--url", description = "The page URL of a single input (for links and metadata).")
    String url;

    @Mixin
    WorkerOptions workers = new WorkerOptions();

    @Option(names = "--comments", description = "Keep reader comments under articles.")
    boolean comments;

    @Option(names = "--focus", description = "precision, balanced or recall (default: balanced).")
    ExtractOptions.Focus focus = ExtractOptions.DEFAULTS.focus();

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Read dates as of this day (default: today); fix it to reproduce a run byte for byte.")
    LocalDate referenceDate;

    @Option(names = "--links", description = "Keep the body's links in Markdown and HTML output ([text](url)).")
    boolean links;

    @Option(names = "--formatting", description = "Keep bold and italic text in Markdown and HTML output.")
    boolean formatting;

    @Option(names = "--explain", description = {"Every block and pruned element with the rule that dropped it. One"
            + " document: listed instead of the text. Several: added to each JSON Lines record as region,"
            + " removals and blocks."})
    boolean explain;

    @Mixin
    FetchOptions fetchOptions = new FetchOptions();

    @Mixin
    PageSizeOption pageSize = new PageSizeOption();

    @Override
    public Integer call() throws IOException {
        Format fmt = Format.parse(format);
        // the core gives up on its own when the budget runs out, so a stuck page frees its thread;
        // inline marks only show in Markdown and HTML with --links or --formatting (refused otherwise)
        ExtractOptions options = ExtractOptions.DEFAULTS.withComments(comments).withFocus(focus)
                .withReferenceDate(referenceDate).withTimeBudget(Duration.ofSeconds(workers.timeoutSeconds))
                .withInlineMarks(links || formatting);
        List<String> args = new ArrayList<>(paths);
        List<String> listed = urlsFile == null ? List.of() : Sources.readUrlList(urlsFile);
        if (args.isEmpty() && listed.isEmpty()) {
            System.err.println("pith: nothing to extract: give files, directories, WARCs, URLs or --urls FILE");
            return 2;
        }
        boolean single = isSingleDocument(args);
        String refusal = refusal(single, fmt);
        if (refusal != null) {
            System.err.println("pith: " + refusal);
            return 2;
        }
        // the HTTP client starts threads: only make one when there are URLs to fetch
        boolean hasUrls = !listed.isEmpty() || args.stream().anyMatch(Sources::isUrl);
        Fetcher fetcher = hasUrls ? new Fetcher(fetchOptions.settings(pageSize.bytes())) : null;
        if (single) {
            return single(args.get(0), fetcher, fmt, options);
        }
        return many(args, listed, fetcher, options, outputDir == null ? null : fmt);
    }

    /**
     * Why these options do not go together, or null when they do. Nothing a user asks for is
     * ignored without a word: the options that shape one document (--format, --url, --links,
     * --formatting) need a single document or the files of --output-dir, since several inputs
     * otherwise go to one JSON Lines stream whose text is always plain.
     */
    private String refusal(boolean single, Format fmt) {
        if ((links || formatting) && fmt != Format.MARKDOWN && fmt != Format.HTML) {
            return "--links and --formatting shape Markdown and HTML output: add -f markdown or -f html"
                    + " (text and JSON are plain text)";
        }
        if (single) {
            return null;
        }
        if (url != null) {
            return "--url names the page of one document; several inputs (or a directory, a WARC, --urls,"
                    + " --resume) each have their own URL";
        }
        if (fmt != Format.TEXT && outputDir == null) {
            return "--format" + (links || formatting ? ", --links and --formatting apply" : " applies")
                    + " to one document; several inputs (or a directory, a WARC, --urls, --resume) are written"
                    + " as JSON Lines records: add --output-dir DIR for one " + fmt.name().toLowerCase(Locale.ROOT)
                    + " file per document";
        }
        if (resume && outputDir != null) {
            return "--resume and --output-dir do not go together: a resumed run cannot know the file names the"
                    + " first run gave";
        }
        return null;
    }

    /** One file or URL (not a directory, WARC or list) is printed in --format rather than JSON Lines. */
    private boolean isSingleDocument(List<String> args) {
        if (args.size() != 1 || urlsFile != null || resume || outputDir != null || timingsFile != null) {
            return false;
        }
        String a = args.get(0);
        return Sources.isUrl(a) || a.equals("-")
                || !a.endsWith("/") && !Files.isDirectory(Path.of(a)) && !WarcSource.isWarc(a);
    }

    private int single(String arg, Fetcher fetcher, Format fmt, ExtractOptions options) throws IOException {
        byte[] bytes;
        String pageUrl = url;
        String contentType = null;
        try {
            if (Sources.isUrl(arg)) {
                Fetcher.Fetched page = fetcher.fetch(arg);
                bytes = page.body();
                pageUrl = url != null ? url : page.url();
                contentType = page.contentType();
            } else {
                Input input = Sources.open(List.of(arg), List.of(), ExtractJob.EXTENSIONS, u -> fetcher.pending(u),
                        pageSize.bytes()).next();
                bytes = input.reader().read();
            }
            contentType = ExtractJob.contentType(bytes, contentType);
        } catch (IOException e) {
            System.err.println("pith: " + arg + ": " + Failures.describe(e));
            return 1;
        }
        String text;
        if (explain) {
            StringWriter w = new StringWriter();
            printExplanation(Pith.explain(bytes, pageUrl, contentType, options), new PrintWriter(w));
            text = w.toString();
        } else {
            text = Renderer.of(fmt, renderOptions())
                    .render(Pith.extract(bytes, pageUrl, contentType, options)) + System.lineSeparator();
        }
        // written straight to the stream, so that a full disk or a closed pipe is an error, not silence
        try (OutputStream os = Outputs.open(output)) {
            os.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return 0;
    }

    /** Several inputs as JSON Lines records, and each document also to a file when {@code documents} is set. */
    private int many(List<String> args, List<String> listed, Fetcher fetcher, ExtractOptions options,
                     Format documents) throws IOException {
        UnaryOperator<ObjectNode> files = documents == null ? UnaryOperator.identity()
                : DocumentFiles.open(outputDir, documents);
        boolean hasUrls = fetcher != null;
        BatchRun batch = new BatchRun(new BatchRun.Settings(workers.threads, workers.timeoutSeconds, output, resume,
                hasUrls ? fetchOptions.lookahead : 0));
        RunStats stats;
        RecordPipeline.Job job = new ExtractJob(options, explain, documents, renderOptions());
        try (Timings timings = timingsFile == null ? null : Timings.open(timingsFile);
             Source source = Sources.open(args, listed, ExtractJob.IN_DIRECTORIES, u -> fetcher.pending(u),
                     pageSize.bytes())) {
            stats = Summaries.run(batch, source, timings == null ? job : timings.timing(job), Progress.forTerminal(0),
                    workers.threads, files);
        }
        return stats.interrupted() ? BatchRun.INTERRUPTED_EXIT : 0;
    }

    private RenderOptions renderOptions() {
        return new RenderOptions(links, formatting);
    }

    private static void printExplanation(Extraction x, PrintWriter out) {
        out.println("# main-content region: " + String.join(" + ", x.region()));
        out.println("# pruned subtrees");
        for (PrunedElement r : x.removals()) {
            out.printf("- %-18s %6d chars  %s%n", r.rule(), r.chars(), r.element());
        }
        out.println("# blocks (+ kept, - dropped by rule; content weight)");
        for (BlockVerdict b : x.blocks()) {
            String text = b.text().replace('\n', ' ');
            if (text.length() > 100) {
                text = text.substring(0, 100) + "…";
            }
            out.printf(java.util.Locale.ROOT, "%s %-16s %-10s %6.1f  %s%n", b.kept() ? "+" : "-",
                    b.rule(), b.kind(), b.weight(), text);
        }
        out.flush();
    }
}
