package dev.pith.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.cli.dedup.JsonlSource;
import dev.pith.cli.io.FileInputs;
import dev.pith.cli.io.Input;
import dev.pith.cli.io.JsonLinesSink;
import dev.pith.cli.run.Progress;
import dev.pith.cli.run.RecordPipeline;
import dev.pith.cli.run.RunStats;
import dev.pith.text.CleanOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the arguments of {@code pith dedup} into one {@link JsonlSource}, in argument order:
 * JSON Lines files (and {@code -}) are read as they are; HTML files, text files and
 * directories of them become the records {@code pith extract} (HTML) and {@code pith clean}
 * (text) write, by the same jobs. Deduplication reads its input in several passes, so these
 * records are written once to a temporary JSON Lines file rather than extracted in every pass.
 */
final class DedupInputs {

    /** Files extracted or cleaned, also inside directories; anything else named is JSON Lines. */
    static final List<String> DOCUMENT_EXTENSIONS = Stream.concat(ExtractCommand.EXTENSIONS.stream(),
            CleanCommand.TEXT_EXTENSIONS.stream()).toList();

    private DedupInputs() {
    }

    /**
     * @param args    paths as the user gave them
     * @param threads workers for extraction
     * @param log     where the extraction summary goes, or null
     * @throws IOException when a named path does not exist
     */
    static JsonlSource open(List<String> args, int threads, PrintStream log) throws IOException {
        // all JSON Lines arguments at once: standard input is copied once however often it is named
        Iterator<JsonlSource.Part> records = JsonlSource.parts(args.stream().filter(a -> !isDocuments(a)).toList())
                .iterator();
        List<JsonlSource.Part> parts = new ArrayList<>();
        List<String> group = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                if (!isDocuments(args.get(i))) {
                    parts.add(records.next());
                    continue;
                }
                group.add(args.get(i));
                if (i + 1 == args.size() || !isDocuments(args.get(i + 1))) {
                    parts.add(extract(group, threads, log));
                    group.clear();
                }
            }
        } catch (IOException | RuntimeException e) {
            records.forEachRemaining(parts::add);
            JsonlSource.of(parts).close(); // deletes the temporary parts made so far
            throw e;
        }
        return JsonlSource.of(parts);
    }

    /** A directory, or a file with an HTML or text extension (before {@code .gz}). */
    static boolean isDocuments(String arg) {
        if (arg.equals("-")) {
            return false;
        }
        Path p = Path.of(arg);
        return Files.isDirectory(p) || FileInputs.accepted(p, DOCUMENT_EXTENSIONS);
    }

    /** The record of one file: cleaned when it is text, extracted as HTML otherwise. */
    static ObjectNode recordOf(Input input) throws IOException {
        if (FileInputs.accepted(Path.of(input.source()), CleanCommand.TEXT_EXTENSIONS)) {
            return CleanCommand.cleanOne(input, CleanOptions.DEFAULTS, null);
        }
        return ExtractCommand.extractOne(input, ExtractOptions.DEFAULTS);
    }

    /** Extracts a group of arguments into one temporary JSON Lines part, one record per file. */
    private static JsonlSource.Part extract(List<String> args, int threads, PrintStream log) throws IOException {
        List<Input> files = FileInputs.expand(args, DOCUMENT_EXTENSIONS);
        Path spool = Files.createTempFile("pith-dedup-extracted", ".jsonl");
        JsonlSource.Part part = new JsonlSource.Part(spool, String.join(" ", args) + " (extracted)", true);
        Progress progress = Progress.forTerminal(files.size());
        RunStats stats;
        try (OutputStream out = Files.newOutputStream(spool); JsonLinesSink sink = new JsonLinesSink(out)) {
            stats = new RecordPipeline(threads, WorkerOptions.DEFAULT_TIMEOUT_SECONDS)
                    .run(files.iterator(), DedupInputs::recordOf, sink, progress);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        progress.finish();
        if (log != null) {
            log.printf(Locale.ROOT, "pith dedup: %d files extracted or cleaned, %d errors, %.1f s%n",
                    stats.documents(), stats.errors(), stats.nanos() / 1e9);
        }
        return part;
    }
}
