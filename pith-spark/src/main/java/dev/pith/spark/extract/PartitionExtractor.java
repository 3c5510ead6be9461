package dev.pith.spark.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.batch.io.ErrorCode;
import dev.pith.batch.io.FileInputs;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.InputError;
import dev.pith.batch.io.JsonLinesInputs;
import dev.pith.batch.io.Source;
import dev.pith.batch.io.WarcSource;
import dev.pith.batch.job.ExtractJob;
import dev.pith.batch.run.Failures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;

/**
 * The records of one partition's input units, produced lazily, one document at a time, with
 * one extractor for the whole partition. A file that cannot be read, is empty or does not
 * exist gives one error row; a broken WARC record gives one error row (pith-batch's
 * {@link WarcSource} resyncs at the next record); nothing here fails the task.
 */
public final class PartitionExtractor implements Iterator<ObjectNode> {

    private final Iterator<InputUnit> units;
    private final Configuration conf;
    private final DocumentExtractor extractor;
    private final ExtractCounters counters;
    private Iterator<String> files = Collections.emptyIterator();
    private InputUnit.Kind kind;
    private Opened current;

    public PartitionExtractor(Iterator<InputUnit> units, Configuration conf, ExtractOptions options,
                              ExtractCounters counters) {
        this.units = units;
        this.conf = conf;
        this.extractor = new DocumentExtractor(options);
        this.counters = counters;
    }

    @Override
    public boolean hasNext() {
        while (current == null || !current.inputs.hasNext()) {
            closeCurrent();
            if (!files.hasNext()) {
                if (!units.hasNext()) {
                    return false;
                }
                InputUnit unit = units.next();
                kind = unit.kind();
                files = unit.paths().iterator();
                continue;
            }
            current = open(files.next());
        }
        return true;
    }

    @Override
    public ObjectNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input input = current.inputs.next();
        counters.read();
        ObjectNode record = extractor.process(input);
        current.rename(record);
        counters.wrote(record.hasNonNull("error"));
        return record;
    }

    /** One open file: its inputs and how to name it in the records. */
    private static final class Opened {
        final Iterator<Input> inputs;
        final Source source;
        final LocalCopy copy;
        final String localName;
        final String displayName;

        Opened(Iterator<Input> inputs, Source source, LocalCopy copy, String displayName) {
            this.inputs = inputs;
            this.source = source;
            this.copy = copy;
            this.localName = copy == null ? null : copy.path().toString();
            this.displayName = displayName;
        }

        /** Records name the file as the user did, not the executor's temporary copy. */
        void rename(ObjectNode record) {
            String source = record.path("source").asText("");
            if (localName != null && source.startsWith(localName)) {
                record.put("source", displayName + source.substring(localName.length()));
            }
        }
    }

    private Opened open(String file) {
        String name = LocalCopy.displayName(file);
        if (kind == InputUnit.Kind.MISSING) {
            return failed(file, ErrorCode.NOT_FOUND, "no such file or directory: " + file);
        }
        LocalCopy copy = null;
        try {
            copy = LocalCopy.of(file, conf);
            java.nio.file.Path local = copy.path();
            if (Files.size(local) == 0) {
                copy.close();
                return failed(name, ErrorCode.NOT_HTML, "empty file: nothing to extract");
            }
            return switch (kind) {
                case WARC -> {
                    WarcSource source = new WarcSource(local);
                    yield new Opened(source, source, copy, name);
                }
                case JSON_LINES -> new Opened(JsonLinesInputs.expand(
                        List.of(FileInputs.ofFile(local, JsonLinesInputs.EXTENSIONS)), false), null, copy, name);
                default -> new Opened(List.of(FileInputs.ofFile(local, ExtractJob.EXTENSIONS)).iterator(), null,
                        copy, name);
            };
        } catch (IOException | RuntimeException e) {
            closeQuietly(copy);
            InputError why = Failures.asInputError(e);
            return failed(name, why.code(), "cannot read file: " + why.getMessage());
        }
    }

    /** The file as one failing input: its record carries {@code error}, the job goes on. */
    private Opened failed(String name, ErrorCode code, String message) {
        List<Input> one = new ArrayList<>(1);
        one.add(Input.failed(name, name, "", code, message, Map.of()));
        return new Opened(one.iterator(), null, null, name);
    }

    private void closeCurrent() {
        if (current == null) {
            return;
        }
        if (current.source != null) {
            counters.skipped(current.source.skipped());
            try {
                current.source.close();
            } catch (IOException ignored) {
                // read-only: nothing is lost by failing to close
            }
        }
        closeQuietly(current.copy);
        current = null;
    }

    private static void closeQuietly(LocalCopy copy) {
        if (copy != null) {
            try {
                copy.close();
            } catch (IOException ignored) {
                // a temporary copy left behind is removed with the executor's directory
            }
        }
    }
}
