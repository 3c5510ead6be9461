package dev.pith.batch.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pith.batch.io.Input;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Continues an interrupted run from its output file. A run writes one line per input in input
 * order, so the file holds the records of a prefix of the inputs: resuming skips exactly as many
 * inputs as there are lines, checking that each skipped input's id equals the id on its line
 * (so a changed input list is refused instead of silently mixed, and repeated ids are fine).
 * The ids are streamed from the file, not held in memory. A torn last line (a run killed hard
 * mid-write) is cut off first, so its record is redone.
 */
public final class Resume implements Closeable {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int TAIL_SCAN = 64 * 1024;

    private final BufferedReader lines;
    private long lineNumber;
    private long resumed;
    private String pendingId;
    private boolean exhausted;

    private Resume(BufferedReader lines) {
        this.lines = lines;
    }

    /**
     * Opens an output file for resuming: cuts a torn last line, then reads its ids lazily.
     * A missing file resumes nothing.
     */
    public static Resume open(Path output) throws IOException {
        if (!Files.exists(output)) {
            return new Resume(new BufferedReader(new java.io.StringReader("")));
        }
        cutTornLine(output);
        return new Resume(Files.newBufferedReader(output, StandardCharsets.UTF_8));
    }

    /** Truncates the file after its last newline; returns the bytes cut. */
    static long cutTornLine(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long end = size;
            ByteBuffer buf = ByteBuffer.allocate(TAIL_SCAN);
            while (end > 0) {
                long from = Math.max(0, end - TAIL_SCAN);
                buf.clear().limit((int) (end - from));
                ch.read(buf, from);
                for (int i = buf.position() - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        long keep = from + i + 1;
                        ch.truncate(keep);
                        return size - keep;
                    }
                }
                end = from;
            }
            ch.truncate(0);
            return size;
        }
    }

    /** Inputs whose records are already in the output, skipped without being read. */
    public long resumed() {
        return resumed;
    }

    /**
     * The inputs without those already done. The returned iterator throws
     * {@link IllegalStateException} when the output does not match the inputs.
     */
    public Iterator<Input> skipDone(Iterator<Input> inputs) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (nextId() != null) {
                    if (!inputs.hasNext()) {
                        throw new IllegalStateException("--resume: the output has more records (line "
                                + lineNumber + ") than the input has documents; is it the same input?");
                    }
                    Input input = inputs.next();
                    if (!input.id().equals(pendingId)) {
                        throw new IllegalStateException("--resume: output line " + lineNumber + " is '"
                                + pendingId + "' but input " + lineNumber + " is '" + input.id()
                                + "'; is it the same input in the same order?");
                    }
                    pendingId = null;
                    resumed++;
                }
                return inputs.hasNext();
            }

            @Override
            public Input next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return inputs.next();
            }
        };
    }

    /** The id on the next unread line, null when every line is read. */
    private String nextId() {
        if (pendingId != null || exhausted) {
            return pendingId;
        }
        try {
            String line = lines.readLine();
            if (line == null) {
                exhausted = true;
                lines.close();
                return null;
            }
            lineNumber++;
            pendingId = idOf(line);
            return pendingId;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String idOf(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("--resume: output line " + lineNumber + " is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("id") && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("--resume: output line " + lineNumber + " is not valid JSON", e);
        }
        throw new IllegalStateException("--resume: output line " + lineNumber + " has no id");
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
