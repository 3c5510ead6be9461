package dev.pith.batch.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * JSON Lines as input: every line of a {@code .jsonl} file (or of stdin with {@code --jsonl})
 * is one document, a record with a {@code text} field and optionally {@code id}, {@code url}
 * and {@code site} — e.g. the output of another tool or of {@code pith extract}. Records are
 * read lazily, one at a time; the record's bytes are parsed again on the worker thread by
 * {@link TextRecord#read}.
 */
public final class JsonLinesInputs {

    /** File names (without {@code .gz}) read as JSON Lines. */
    public static final List<String> EXTENSIONS = List.of(".jsonl", ".ndjson");

    /** The content type given to record inputs, so jobs know to parse them. */
    public static final String CONTENT_TYPE = "application/x-ndjson";

    /** A record longer than this is refused with an error rather than read into memory, unless a limit is given. */
    public static final int MAX_LINE_BYTES = (int) FileInputs.MAX_DOCUMENT_BYTES;

    private static final int READ_BUFFER_BYTES = 1 << 16;

    private static final ObjectMapper MAPPER = TextRecord.MAPPER;

    private JsonLinesInputs() {
    }

    /** True when a path names a JSON Lines file. */
    public static boolean isJsonLines(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        for (String ext : EXTENSIONS) {
            if (name.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Expands file inputs: JSON Lines files become one input per record, other inputs pass
     * through. Lazy: a file is opened when the iterator reaches it.
     *
     * @param stdinIsJsonLines read standard input as JSON Lines
     */
    public static Iterator<Input> expand(List<Input> inputs, boolean stdinIsJsonLines) {
        return expand(inputs, stdinIsJsonLines, MAX_LINE_BYTES);
    }

    /**
     * As {@link #expand(List, boolean)}, refusing a record line longer than {@code maxLineBytes}
     * with a {@code too-large} error ({@code pith clean --max-page-mb}).
     */
    public static Iterator<Input> expand(List<Input> inputs, boolean stdinIsJsonLines, long maxLineBytes) {
        int limit = ByteLines.lineLimit(maxLineBytes);
        return new Iterator<>() {
            private final Iterator<Input> files = inputs.iterator();
            private Iterator<Input> records = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!records.hasNext()) {
                    if (!files.hasNext()) {
                        return false;
                    }
                    Input next = files.next();
                    boolean jsonl = next.source().equals("-") ? stdinIsJsonLines : isJsonLines(next.source());
                    records = jsonl ? records(next, limit) : List.of(next).iterator();
                }
                return true;
            }

            @Override
            public Input next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return records.next();
            }
        };
    }

    /** The records of one JSON Lines file, read lazily; a bad line is one failing input, never the end of the run. */
    static Iterator<Input> records(Input file, int maxLineBytes) {
        try {
            ByteLines lines = new ByteLines(file.source().equals("-") ? System.in : open(Path.of(file.source())),
                    maxLineBytes);
            return new LineRecords(file, lines, maxLineBytes);
        } catch (IOException e) {
            return List.of(failing(file, e)).iterator();
        }
    }

    /** The whole file, or what is left of it, as one input that fails with {@code cause} when read. */
    private static Input failing(Input file, IOException cause) {
        return new Input(file.id(), file.source(), "", null, () -> {
            throw cause;
        });
    }

    /** A file's lines as inputs, read one ahead; the file is closed at its end or first error. */
    private static final class LineRecords implements Iterator<Input> {
        private final Input file;
        private final ByteLines lines;
        private final int maxLineBytes;
        private Input next;
        private boolean done;

        LineRecords(Input file, ByteLines lines, int maxLineBytes) {
            this.file = file;
            this.lines = lines;
            this.maxLineBytes = maxLineBytes;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                next = read();
            }
            return next != null;
        }

        @Override
        public Input next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Input input = next;
            next = null;
            return input;
        }

        /** The next line's input; null at the end and for a blank line. */
        private Input read() {
            try {
                ByteLines.Line line = lines.next();
                if (line == null) {
                    finish();
                    return null;
                }
                return toInput(file, line, maxLineBytes, lines.heapFull());
            } catch (IOException e) {
                // damaged compression or a device error: the rest of the file is one failing input
                finish();
                return failing(file, e);
            }
        }

        private void finish() {
            done = true;
            try {
                lines.close();
            } catch (IOException ignored) {
                // read-only: nothing is lost
            }
        }
    }

    /** The line as an input; null for a blank line; a failing input for an over-long or non-UTF-8 line. */
    private static Input toInput(Input file, ByteLines.Line line, int maxLineBytes, boolean heapFull) {
        String where = file.source() + ":" + line.number();
        String id = file.id() + ":" + line.number();
        if (line.tooLong()) {
            return Input.failed(id, where, "", ErrorCode.TOO_LARGE, heapFull ? overHeap(line.number())
                    : "line " + line.number() + " is longer than " + ContentEncoding.sizeLabel(maxLineBytes), Map.of());
        }
        byte[] bytes = line.bytes();
        try {
            if (!isUtf8(bytes)) {
                return Input.failed(id, where, "", ErrorCode.BAD_ENCODING,
                        "line " + line.number() + " is not valid UTF-8", Map.of());
            }
            return isBlank(bytes) ? null : toInput(file, (int) line.number(), bytes);
        } catch (OutOfMemoryError e) {
            return Input.failed(id, where, "", ErrorCode.TOO_LARGE, overHeap(line.number()), Map.of());
        }
    }

    private static String overHeap(long number) {
        return "line " + number + " does not fit in memory; give Pith more heap (PITH_JAVA_OPTS=-Xmx2g) or a lower"
                + " --max-page-mb";
    }

    /** Checks the bytes in small pieces, so that a long line is never held twice more as characters. */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(READ_BUFFER_BYTES);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return !decoder.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** The record's id and url, read by streaming over its fields: its text is skipped, never copied. */
    private static Input toInput(Input file, int number, byte[] record) {
        String id = file.id() + ":" + number;
        String url = "";
        try (JsonParser p = MAPPER.getFactory().createParser(record)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value.isScalarValue() && value != JsonToken.VALUE_NULL && field.equals("id")) {
                        id = p.getText();
                    } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL && field.equals("url")) {
                        url = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            // a malformed record is reported by the job, as that record's error
        }
        return new Input(id, file.source() + ":" + number, url, CONTENT_TYPE, () -> record);
    }

    private static InputStream open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), READ_BUFFER_BYTES);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, READ_BUFFER_BYTES) : in;
    }
}
