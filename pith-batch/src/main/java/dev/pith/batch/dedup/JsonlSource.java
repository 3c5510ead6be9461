package dev.pith.batch.dedup;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * JSON Lines files that can be read several times (deduplication reads its input in passes):
 * plain or gzipped files; standard input is first copied to a temporary file. Lines longer
 * than {@link #MAX_LINE_BYTES} are returned truncated and flagged, never read whole.
 */
public final class JsonlSource implements Closeable {

    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    /** A record longer than this is refused with an error: 64 MB. */
    public static final int MAX_LINE_BYTES = 64 * 1024 * 1024;
    /** Bytes per read: most lines then lie inside one read and are copied once. */
    private static final int READ_BYTES = 1 << 20;

    /** One line: where it is, its UTF-8 bytes, and whether it was cut at the limit. */
    public record Line(String source, long number, byte[] bytes, boolean tooLong) {
        public String where() {
            return source + ":" + number;
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * One file of the input.
     *
     * @param file      where it is
     * @param name      the name its lines are reported under ({@code name:line})
     * @param temporary true when the run made it (a copy of stdin, extracted records): deleted
     *                  when the source is closed
     */
    public record Part(Path file, String name, boolean temporary) {
    }

    private final List<Part> parts;

    private JsonlSource(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** JSON Lines files as the user named them, {@code -} for standard input. */
    public static JsonlSource open(List<String> paths) throws IOException {
        return of(parts(paths));
    }

    /** A source over parts already made; it deletes the temporary ones when closed. */
    public static JsonlSource of(List<Part> parts) {
        return new JsonlSource(parts);
    }

    /**
     * The parts of JSON Lines files named by the user; standard input ({@code -}, however often
     * named) is copied once to a temporary file, since it can be read only once.
     *
     * @throws IOException when a file does not exist
     */
    public static List<Part> parts(List<String> paths) throws IOException {
        List<Part> parts = new ArrayList<>();
        Path spooled = null;
        for (String p : paths) {
            if (p.equals("-")) {
                if (spooled == null) {
                    spooled = Files.createTempFile("pith-dedup-stdin", ".jsonl");
                    Files.copy(System.in, spooled, StandardCopyOption.REPLACE_EXISTING);
                }
                parts.add(new Part(spooled, "stdin", true));
            } else {
                Path f = Path.of(p);
                if (!Files.isRegularFile(f)) {
                    throw new IOException("no such file: " + p);
                }
                parts.add(new Part(f, p, false));
            }
        }
        return parts;
    }

    /** Receives lines in input order. */
    @FunctionalInterface
    public interface LineConsumer {
        void accept(Line line) throws IOException;
    }

    /** Reads every non-blank line of every file in order. */
    public void forEach(LineConsumer consumer) throws IOException {
        for (Part part : parts) {
            try (InputStream in = open(part.file())) {
                readLines(in, part.name(), consumer);
            }
        }
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    /** Splits on '\n' bytes (never part of a multi-byte UTF-8 sequence); decoding is left to
     *  the consumer, so a line is never decoded twice. A line inside the read buffer is copied
     *  once, straight out of it; only lines across two reads go through a {@link LineBuffer}. */
    private static void readLines(InputStream in, String name, LineConsumer consumer) throws IOException {
        byte[] buf = new byte[READ_BYTES];
        LineBuffer line = new LineBuffer();
        long number = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    if (line.length == 0 && !line.tooLong) {
                        emit(buf, start, i, false, name, ++number, consumer);
                    } else {
                        line.append(buf, start, i);
                        emit(line.bytes, 0, line.length, line.tooLong, name, ++number, consumer);
                        line.reset();
                    }
                    start = i + 1;
                }
            }
            line.append(buf, start, n);
        }
        if (line.length > 0 || line.tooLong) {
            emit(line.bytes, 0, line.length, line.tooLong, name, ++number, consumer);
        }
    }

    /** A growable byte buffer that stops growing at {@link #MAX_LINE_BYTES}. */
    private static final class LineBuffer {
        byte[] bytes = new byte[1 << 12];
        int length;
        boolean tooLong;

        void append(byte[] b, int from, int to) {
            int len = Math.min(to - from, MAX_LINE_BYTES - length);
            if (len < to - from) {
                tooLong = true;
            }
            if (len <= 0) {
                return;
            }
            if (length + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(length + len, (int) Math.min(MAX_LINE_BYTES, 2L * bytes.length)));
            }
            System.arraycopy(b, from, bytes, length, len);
            length += len;
        }

        void reset() {
            length = 0;
            tooLong = false;
            if (bytes.length > 1 << 20) {
                bytes = new byte[1 << 12];
            }
        }
    }

    private static void emit(byte[] b, int from, int to, boolean tooLong, String name, long number,
                             LineConsumer consumer) throws IOException {
        if (number == 1 && to - from >= BOM.length && Arrays.equals(b, from, from + BOM.length, BOM, 0, BOM.length)) {
            from += BOM.length; // a byte-order mark some editors write is not part of the first record
        }
        while (from < to && isBlank(b[from])) {
            from++;
        }
        while (to > from && isBlank(b[to - 1])) {
            to--;
        }
        byte[] bytes = tooLong ? new byte[0] : Arrays.copyOfRange(b, from, to);
        if (bytes.length > 0 || tooLong) {
            consumer.accept(new Line(name, number, bytes, tooLong));
        }
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    @Override
    public void close() throws IOException {
        for (Part part : parts) {
            if (part.temporary()) {
                Files.deleteIfExists(part.file());
            }
        }
    }
}
