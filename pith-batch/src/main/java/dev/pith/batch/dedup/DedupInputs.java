package dev.pith.batch.dedup;

import dev.pith.batch.io.FileInputs;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.JsonLinesSink;
import dev.pith.batch.job.DocumentJob;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.batch.run.RunListener;
import dev.pith.batch.run.RunStats;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the arguments of {@code pith dedup} into one {@link JsonlSource}, in argument order:
 * JSON Lines files (and {@code -}) are read as they are; HTML files, text files and
 * directories of them become the records {@code pith extract} (HTML) and {@code pith clean}
 * (text) write, by the same jobs. Deduplication reads its input in several passes, so these
 * records are written once to a temporary JSON Lines file rather than extracted in every pass.
 *
 * @param threads          workers for extraction
 * @param timeoutSeconds   time one document may take
 * @param listener         hears the extraction's progress
 * @param extracted        hears what each extraction of a group of arguments did, files left
 *                         out of directory walks counted as skipped
 * @param maxDocumentBytes the largest file (once inflated) or JSON line accepted; larger ones
 *                         get a {@code too-large} error record
 */
public record DedupInputs(int threads, long timeoutSeconds, RunListener listener, Consumer<RunStats> extracted,
                          long maxDocumentBytes) {

    /** With the default limit of 64 MB per document. */
    public DedupInputs(int threads, long timeoutSeconds, RunListener listener, Consumer<RunStats> extracted) {
        this(threads, timeoutSeconds, listener, extracted, FileInputs.MAX_DOCUMENT_BYTES);
    }

    /**
     * Opens the arguments as one source of records.
     *
     * @param args paths as the user gave them
     * @throws IOException when a named path does not exist
     */
    public JsonlSource open(List<String> args) throws IOException {
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
                    parts.add(extract(group));
                    group.clear();
                }
            }
        } catch (IOException | RuntimeException e) {
            records.forEachRemaining(parts::add);
            JsonlSource.of(parts).close(); // deletes the temporary parts made so far
            throw e;
        }
        return JsonlSource.of(parts, maxDocumentBytes);
    }

    /** A directory, or a file with an HTML or text extension (before {@code .gz}). */
    static boolean isDocuments(String arg) {
        if (arg.equals("-")) {
            return false;
        }
        Path p = Path.of(arg);
        return Files.isDirectory(p) || FileInputs.accepted(p, DocumentJob.EXTENSIONS);
    }

    /** Extracts a group of arguments into one temporary JSON Lines part, one record per file. */
    private JsonlSource.Part extract(List<String> args) throws IOException {
        Map<String, Long> skipped = new LinkedHashMap<>();
        List<Input> files = FileInputs.expand(args, DocumentJob.EXTENSIONS, skipped, maxDocumentBytes);
        Path spool = Files.createTempFile("pith-dedup-extracted", ".jsonl");
        JsonlSource.Part part = new JsonlSource.Part(spool, String.join(" ", args) + " (extracted)", true);
        RunStats stats;
        try (OutputStream out = Files.newOutputStream(spool); JsonLinesSink sink = new JsonLinesSink(out)) {
            stats = new RecordPipeline(threads, timeoutSeconds).run(files.iterator(), new DocumentJob(), sink, listener);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        extracted.accept(stats.withSkipped(skipped)); // files of the directories that are neither HTML nor text
        return part;
    }
}
