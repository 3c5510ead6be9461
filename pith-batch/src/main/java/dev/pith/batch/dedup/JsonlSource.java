package dev.pith.batch.dedup;

import dev.pith.batch.io.ByteLines;
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

    /** A record longer than this is refused with an error, unless a limit is given: 64 MB. */
    public static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    /**
     * One line: where it is, its UTF-8 bytes, whether it was cut at the limit, and whether it
     * was cut because the heap could not hold it under the limit.
     */
    public record Line(String source, long number, byte[] bytes, boolean tooLong, boolean heapFull) {

        /** A line that the heap could hold. */
        public Line(String source, long number, byte[] bytes, boolean tooLong) {
            this(source, number, bytes, tooLong, false);
        }

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
    private final int maxLineBytes;

    private JsonlSource(List<Part> parts, int maxLineBytes) {
        this.parts = List.copyOf(parts);
        this.maxLineBytes = maxLineBytes;
    }

    /** JSON Lines files as the user named them, {@code -} for standard input. */
    public static JsonlSource open(List<String> paths) throws IOException {
        return of(parts(paths));
    }

    /** A source over parts already made; it deletes the temporary ones when closed. */
    public static JsonlSource of(List<Part> parts) {
        return of(parts, MAX_LINE_BYTES);
    }

    /** As {@link #of(List)}, lines longer than {@code maxLineBytes} returned flagged ({@code --max-page-mb}). */
    public static JsonlSource of(List<Part> parts, long maxLineBytes) {
        return new JsonlSource(parts, ByteLines.lineLimit(maxLineBytes));
    }

    /** The longest line read whole; longer ones are flagged {@link Line#tooLong}. */
    public int maxLineBytes() {
        return maxLineBytes;
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
                readLines(in, part.name(), maxLineBytes, consumer);
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

    /** Every non-blank line, trimmed, as bytes: decoding is left to the consumer, so a line is
     *  never decoded twice; {@link ByteLines} drops a first-line byte-order mark and flags lines
     *  over the limit. */
    private static void readLines(InputStream in, String name, int maxLineBytes, LineConsumer consumer)
            throws IOException {
        ByteLines lines = new ByteLines(in, maxLineBytes);
        for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
            byte[] b = line.bytes();
            int from = 0;
            int to = b.length;
            while (from < to && isBlank(b[from])) {
                from++;
            }
            while (to > from && isBlank(b[to - 1])) {
                to--;
            }
            if (to > from || line.tooLong()) {
                byte[] trimmed = from == 0 && to == b.length ? b : Arrays.copyOfRange(b, from, to);
                consumer.accept(new Line(name, line.number(), trimmed, line.tooLong(), lines.heapFull()));
            }
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
