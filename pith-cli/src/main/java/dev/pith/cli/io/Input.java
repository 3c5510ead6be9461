package dev.pith.cli.io;

/**
 * One document to process, as a source hands it over.
 *
 * @param id          a stable identifier (a file name without its extensions, a record id)
 * @param source      where it came from (a path, a URL, {@code -} for stdin)
 * @param url         the page URL when known, else empty
 * @param contentType the HTTP Content-Type when known, else null
 * @param reader      reads the bytes; may fail with an I/O error that becomes the record's error
 */
public record Input(String id, String source, String url, String contentType, BytesReader reader) {

    /** Reads the document's bytes lazily, on a worker thread. */
    @FunctionalInterface
    public interface BytesReader {
        byte[] read() throws java.io.IOException;
    }
}
