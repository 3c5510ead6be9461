package dev.pith.cli;

import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.Pith;
import dev.pith.classify.Decision;
import dev.pith.cli.io.FileInputs;
import dev.pith.cli.io.Input;
import dev.pith.cli.io.JsonLinesSink;
import dev.pith.cli.run.Progress;
import dev.pith.cli.run.RecordPipeline;
import dev.pith.cli.run.Records;
import dev.pith.cli.run.RunStats;
import dev.pith.model.Article;
import dev.pith.prune.Removal;
import dev.pith.render.Format;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pith extract}: HTML pages in, main content out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the main content and metadata of HTML pages.",
                "One document: printed in --format. Several: JSON Lines, one line per input, in input order."})
public final class ExtractCommand implements Callable<Integer> {

    static final List<String> EXTENSIONS = List.of(".html", ".htm", ".xhtml");

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "HTML files (.html, .htm, .html.gz), directories (recursive), or - for stdin.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output for a single document: text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of stdout.")
    Path output;

    @Option(names = "--url", description = "The page URL of a single input (for links and metadata).")
    String url;

    @Option(names = {"-j", "--threads"}, description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--comments", description = "Keep reader comments under articles.")
    boolean comments;

    @Option(names = "--focus", defaultValue = "balanced",
            description = "precision, balanced or recall (default: ${DEFAULT-VALUE}).")
    String focus;

    @Option(names = "--timeout", defaultValue = "30",
            description = "Seconds one document may take before it is given up (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--explain", description = "For a single document: list every block and pruned element with the rule that dropped it.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        Format fmt = Format.parse(format);
        ExtractOptions options = new ExtractOptions(comments,
                ExtractOptions.Focus.valueOf(focus.trim().toUpperCase(java.util.Locale.ROOT)));
        List<Input> inputs = FileInputs.expand(paths, EXTENSIONS);
        if (inputs.size() == 1 && !paths.get(0).endsWith("/") && !Files.isDirectory(Path.of(paths.get(0)))) {
            return single(inputs.get(0), fmt, options);
        }
        return many(inputs, options);
    }

    private int single(Input input, Format fmt, ExtractOptions options) throws IOException {
        byte[] bytes;
        try {
            bytes = input.reader().read();
        } catch (IOException e) {
            System.err.println("pith: " + input.source() + ": " + e.getMessage());
            return 1;
        }
        Extraction extraction = Pith.explain(bytes, url, input.contentType(), options);
        try (OutputStream os = open(); PrintStream out = new PrintStream(os, true, StandardCharsets.UTF_8)) {
            if (explain) {
                printExplanation(extraction, out);
            } else {
                out.println(Pith.render(extraction.article(), fmt));
            }
        }
        return 0;
    }

    private int many(List<Input> inputs, ExtractOptions options) throws IOException {
        Progress progress = Progress.forTerminal(inputs.size());
        RunStats stats;
        try (OutputStream os = open(); JsonLinesSink sink = new JsonLinesSink(os)) {
            stats = new RecordPipeline(threads, timeoutSeconds).run(inputs.iterator(), input -> {
                Article article = Pith.extract(input.reader().read(), input.url(), input.contentType(), options);
                return Records.of(input, article);
            }, sink, progress);
        }
        progress.finish();
        System.err.println(stats.summary());
        return 0;
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            return new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newOutputStream(output);
    }

    private static void printExplanation(Extraction x, PrintStream out) {
        out.println("# main-content region: " + String.join(" + ", x.region()));
        out.println("# pruned subtrees");
        for (Removal r : x.removals()) {
            out.printf("- %-18s %6d chars  %s%n", r.rule(), r.chars(), r.what());
        }
        out.println("# blocks (+ kept, - dropped by rule; content weight)");
        for (Decision d : x.decisions()) {
            String text = d.block().text().replace('\n', ' ');
            if (text.length() > 100) {
                text = text.substring(0, 100) + "…";
            }
            out.printf(java.util.Locale.ROOT, "%s %-16s %-10s %6.1f  %s%n", d.kept() ? "+" : "-",
                    d.kept() ? "" : d.rule(), d.block().kind().name().toLowerCase(java.util.Locale.ROOT),
                    dev.pith.classify.ContentWeight.ARTICLE.of(d.block()), text);
        }
    }
}
