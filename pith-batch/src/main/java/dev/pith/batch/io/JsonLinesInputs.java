package dev.pith.batch.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
                    records = jsonl ? records(next) : List.of(next).iterator();
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

    /** The records of one JSON Lines file, read lazily. */
    static Iterator<Input> records(Input file) {
        BufferedReader reader;
        try {
            reader = file.source().equals("-")
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : open(Path.of(file.source()));
        } catch (IOException e) {
            Input failed = new Input(file.id(), file.source(), "", null, () -> {
                throw e;
            });
            return List.of(failed).iterator();
        }
        return new Iterator<>() {
            private String line;
            private int number;
            private boolean done;

            @Override
            public boolean hasNext() {
                try {
                    while (line == null) {
                        if (done) {
                            return false;
                        }
                        String l = reader.readLine();
                        if (l == null) {
                            done = true;
                            reader.close();
                            return false;
                        }
                        number++;
                        if (!l.isBlank()) {
                            line = l;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Input next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String record = line;
                line = null;
                return toInput(file, number, record);
            }
        };
    }

    private static Input toInput(Input file, int number, String record) {
        String id = file.id() + ":" + number;
        String url = "";
        try {
            JsonNode node = MAPPER.readTree(record);
            if (node != null && node.hasNonNull("id")) {
                id = node.get("id").asText();
            }
            if (node != null && node.hasNonNull("url")) {
                url = node.get("url").asText();
            }
        } catch (IOException e) {
            // a malformed record is reported by the job, as that record's error
        }
        byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
        return new Input(id, file.source() + ":" + number, url, CONTENT_TYPE, () -> bytes);
    }

    private static BufferedReader open(Path path) throws IOException {
        byte[] head = new byte[2];
        try (var in = Files.newInputStream(path)) {
            int n = in.readNBytes(head, 0, 2);
            if (n == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8));
            }
        }
        return Files.newBufferedReader(path, StandardCharsets.UTF_8);
    }
}
