package dev.pith.batch.io;

import java.util.Map;
import java.util.Objects;

/**
 * One document to process, as a source hands it over.
 *
 * @param id          a stable identifier (a file name without its extensions, a WARC-Record-ID, a URL)
 * @param source      where it came from (a path, a URL, {@code -} for stdin)
 * @param url         the page URL when known, else empty
 * @param contentType the HTTP Content-Type when known, else null
 * @param reader      reads the bytes; may fail with an I/O error that becomes the record's error
 * @param fields      extra source facts copied into the output record as they are (e.g.
 *                    {@code warc_date}); never null, usually empty; kept in the given order
 */
public record Input(String id, String source, String url, String contentType, BytesReader reader,
                    Map<String, String> fields) {

    public Input {
        fields = fields == null || fields.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        Objects.requireNonNull(reader, "reader");
    }

    /** An input without extra fields. */
    public Input(String id, String source, String url, String contentType, BytesReader reader) {
        this(id, source, url, contentType, reader, Map.of());
    }

    /** An input whose reading fails at once with {@code message}: a broken record still gets a line. */
    public static Input failed(String id, String source, String url, ErrorCode code, String message,
                               Map<String, String> fields) {
        return new Input(id, source, url, null, () -> {
            throw new InputError(code, message);
        }, fields);
    }

    /** Reads the document's bytes lazily, on a worker thread. */
    @FunctionalInterface
    public interface BytesReader {
        byte[] read() throws java.io.IOException;
    }

    /**
     * A reader of a local file small enough to read ahead: the batch pipeline's reader thread
     * reads (and inflates) it while the workers extract, instead of a worker waiting on it.
     */
    public interface LocalBytes extends BytesReader {
        /** The file's size on disk, in bytes; what reading ahead costs in memory, before inflating. */
        long sizeOnDisk();
    }

    /**
     * This input with its bytes already read, or failing with the reading's error: the work moves
     * to the calling thread. Inputs that are not {@link LocalBytes} of at most {@code maxBytes}
     * come back unchanged.
     */
    public Input readAhead(long maxBytes) {
        if (!(reader instanceof LocalBytes local) || local.sizeOnDisk() > maxBytes) {
            return this;
        }
        byte[] bytes;
        try {
            bytes = local.read();
        } catch (java.io.IOException e) {
            return new Input(id, source, url, contentType, () -> {
                throw e;
            }, fields);
        }
        return new Input(id, source, url, contentType, () -> bytes, fields);
    }
}
