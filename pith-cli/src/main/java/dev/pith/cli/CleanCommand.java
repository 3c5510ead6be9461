package dev.pith.cli;

import dev.pith.Pith;
import dev.pith.cli.io.FileInputs;
import dev.pith.cli.io.Input;
import dev.pith.cli.io.JsonLinesSink;
import dev.pith.cli.run.Progress;
import dev.pith.cli.run.RecordPipeline;
import dev.pith.cli.run.Records;
import dev.pith.cli.run.RunStats;
import dev.pith.model.Article;
import dev.pith.render.Format;
import dev.pith.text.CleanOptions;
import dev.pith.text.Cleaning;
import dev.pith.text.LineDecision;
import dev.pith.text.TextCleaner;
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

/** {@code pith clean}: plain-text captures in, clean article text out. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Cleans plain-text captures of web pages (WET records, text dumps): keeps the article, "
                + "drops menus, calls to action and appeals.",
                "One document: printed in --format. Several: JSON Lines, one line per input, in input order."})
public final class CleanCommand implements Callable<Integer> {

    static final List<String> EXTENSIONS = List.of(".txt", ".text");

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Text files (.txt, .txt.gz), directories (recursive), or - for stdin.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output for a single document: text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of stdout.")
    Path output;

    @Option(names = {"-j", "--threads"}, description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-title", description = "The first line is body text, not the title.")
    boolean noTitle;

    @Option(names = "--timeout", defaultValue = "30",
            description = "Seconds one document may take before it is given up (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--explain", description = "For a single document: list every line with its label and rule.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        CleanOptions options = CleanOptions.DEFAULTS.withFirstLineIsTitle(!noTitle);
        List<Input> inputs = FileInputs.expand(paths, EXTENSIONS);
        if (inputs.size() == 1 && !Files.isDirectory(Path.of(paths.get(0)))) {
            return single(inputs.get(0), Format.parse(format), options);
        }
        return many(inputs, options);
    }

    private int single(Input input, Format fmt, CleanOptions options) throws IOException {
        String text;
        try {
            text = decode(input.reader().read());
        } catch (IOException e) {
            System.err.println("pith: " + input.source() + ": " + e.getMessage());
            return 1;
        }
        Cleaning cleaning = Pith.explainClean(text, options);
        try (OutputStream os = open(); PrintStream out = new PrintStream(os, true, StandardCharsets.UTF_8)) {
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

    private int many(List<Input> inputs, CleanOptions options) throws IOException {
        Progress progress = Progress.forTerminal(inputs.size());
        RunStats stats;
        try (OutputStream os = open(); JsonLinesSink sink = new JsonLinesSink(os)) {
            stats = new RecordPipeline(threads, timeoutSeconds).run(inputs.iterator(), input -> {
                String text = decode(input.reader().read());
                if (TextCleaner.looksBinary(text)) {
                    return Records.error(input, "not text: the input looks binary");
                }
                Article article = Pith.clean(text, options);
                return Records.of(input, article);
            }, sink, progress);
        }
        progress.finish();
        System.err.println(stats.summary());
        return 0;
    }

    /** UTF-8, invalid bytes replaced by U+FFFD. */
    static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
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
}
