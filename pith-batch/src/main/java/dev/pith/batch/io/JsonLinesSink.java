package dev.pith.batch.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.util.JsonTrees;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Writes one JSON object per line. Each line is serialized first and handed to the stream in
 * one write, then flushed, so a finished record is never lost and an interruption between
 * records never leaves half a line. After {@link #close()} further records are dropped (they
 * were not finished in time; {@code --resume} redoes them), which lets a shutdown hook close the
 * sink while workers are still running.
 */
public final class JsonLinesSink implements Consumer<ObjectNode>, Closeable {

    /** A plain generator writes a tree as {@code ObjectMapper.writeValueAsBytes} does, without a mapper's start-up cost. */
    private static final JsonFactory JSON = new JsonFactory();
    /** Where each line is serialized before its one write; reused, lines are written one at a time. */
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final OutputStream out;
    private boolean closed;
    private long written;

    public JsonLinesSink(OutputStream stream) {
        this.out = stream;
    }

    @Override
    public synchronized void accept(ObjectNode record) {
        if (closed) {
            return;
        }
        try {
            line.reset();
            try (JsonGenerator g = JSON.createGenerator(line)) {
                JsonTrees.write(record, g);
            }
            line.write('\n');
            line.writeTo(out);
            out.flush();
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines written so far. */
    public synchronized long written() {
        return written;
    }

    /** Flushes and closes the stream; waits for a line being written to be complete. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
