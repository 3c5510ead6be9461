package dev.pith.cli.dedup;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * JSON Lines files that can be read several times (deduplication reads its input in passes):
 * plain or gzipped files; standard input is first copied to a temporary file. Lines longer
 * than {@link #MAX_LINE_CHARS} are returned truncated and flagged, never read whole.
 */
public final class JsonlSource implements Closeable {

    /** A record longer than this is refused with an error: 64 M characters. */
    public static final int MAX_LINE_CHARS = 64 * 1024 * 1024;

    /** One line: where it is, its text, and whether it was cut at the limit. */
    public record Line(String source, long number, String text, boolean tooLong) {
        public String where() {
            return source + ":" + number;
        }
    }

    private final List<Path> files = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private Path spooled;

    public JsonlSource(List<String> paths) throws IOException {
        for (String p : paths) {
            if (p.equals("-")) {
                if (spooled == null) {
                    spooled = Files.createTempFile("pith-dedup-stdin", ".jsonl");
                    Files.copy(System.in, spooled, StandardCopyOption.REPLACE_EXISTING);
                }
                files.add(spooled);
                names.add("stdin");
            } else {
                Path f = Path.of(p);
                if (!Files.isRegularFile(f)) {
                    throw new IOException("no such file: " + p);
                }
                files.add(f);
                names.add(p);
            }
        }
    }

    /** Receives lines in input order. */
    @FunctionalInterface
    public interface LineConsumer {
        void accept(Line line) throws IOException;
    }

    /** Reads every non-blank line of every file in order. */
    public void forEach(LineConsumer consumer) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            try (Reader r = open(files.get(i))) {
                readLines(r, names.get(i), consumer);
            }
        }
    }

    private static Reader open(Path f) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static void readLines(Reader r, String name, LineConsumer consumer) throws IOException {
        char[] buf = new char[1 << 16];
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        long number = 0;
        int n;
        while ((n = r.read(buf)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    tooLong |= append(line, buf, start, i);
                    emit(line, tooLong, name, ++number, consumer);
                    tooLong = false;
                    start = i + 1;
                }
            }
            tooLong |= append(line, buf, start, n);
        }
        if (line.length() > 0 || tooLong) {
            emit(line, tooLong, name, ++number, consumer);
        }
    }

    private static boolean append(StringBuilder line, char[] buf, int from, int to) {
        int room = MAX_LINE_CHARS - line.length();
        int len = to - from;
        line.append(buf, from, Math.min(room, len));
        return len > room;
    }

    private static void emit(StringBuilder line, boolean tooLong, String name, long number,
                             LineConsumer consumer) throws IOException {
        String text = line.toString().strip();
        line.setLength(0);
        if (!text.isEmpty() || tooLong) {
            consumer.accept(new Line(name, number, tooLong ? "" : text, tooLong));
        }
    }

    @Override
    public void close() throws IOException {
        if (spooled != null) {
            Files.deleteIfExists(spooled);
        }
    }
}
