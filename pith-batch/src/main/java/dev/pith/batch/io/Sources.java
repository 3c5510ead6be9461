package dev.pith.batch.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns command-line arguments into one lazy {@link Source}: HTML files (gzipped or not),
 * directories (recursively, sorted), {@code -} for stdin, WARC files ({@code .warc},
 * {@code .warc.gz}, one input per HTML response record) and http(s) URLs. WARC files are opened
 * one at a time, when reading reaches them, so memory does not grow with the number of files.
 * URLs become pending inputs made by {@code urlInput}; a fetch stage downloads them ahead.
 */
public final class Sources {

    private Sources() {
    }

    /** True for an argument that is a URL to fetch rather than a path. */
    public static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /**
     * @param args       paths, {@code -} and URLs as the user gave them, in order
     * @param extensions document extensions accepted inside directories, e.g. {@code .html}
     * @param urlInput   makes the pending input of a URL (see {@code fetch.Fetcher#pending})
     */
    public static Source open(List<String> args, List<String> extensions, Function<String, Input> urlInput) {
        return open(args, List.of(), extensions, urlInput);
    }

    /**
     * As {@link #open(List, List, Function)}, followed by the lines of a URL list: each is a URL
     * input whatever it looks like, so that a line that is not a URL fails as its own record
     * ({@code bad-url}) instead of being taken for a path.
     */
    public static Source open(List<String> args, List<String> urls, List<String> extensions,
                              Function<String, Input> urlInput) {
        return open(args, urls, extensions, urlInput, FileInputs.MAX_DOCUMENT_BYTES);
    }

    /**
     * As {@link #open(List, List, List, Function)}, with one size limit for every local document:
     * a file, standard input or a WARC record larger than {@code maxBytes} once inflated or
     * decoded is a {@code too-large} record (URLs get theirs from the fetcher's settings).
     */
    public static Source open(List<String> args, List<String> urls, List<String> extensions,
                              Function<String, Input> urlInput, long maxBytes) {
        List<Part> parts = new ArrayList<>();
        List<Input> pendingFiles = new ArrayList<>();
        Map<String, Long> skipped = new LinkedHashMap<>();
        for (String arg : args) {
            if (isUrl(arg)) {
                pendingFiles.add(urlInput.apply(arg));
            } else if (!arg.equals("-") && Files.isDirectory(Path.of(arg))) {
                List<Input> found = new ArrayList<>();
                FileInputs.walk(Path.of(arg), f -> FileInputs.accepted(f, extensions)
                        || WarcSource.isWarc(f.getFileName().toString()), extensions, found, skipped, maxBytes);
                for (Input file : found) {
                    addFile(file, extensions, parts, pendingFiles, maxBytes);
                }
            } else if (!arg.equals("-") && WarcSource.isWarc(arg) && Files.isRegularFile(Path.of(arg))) {
                addFile(Path.of(arg), extensions, parts, pendingFiles, maxBytes);
            } else {
                pendingFiles.addAll(FileInputs.expand(List.of(arg), extensions, new LinkedHashMap<>(), maxBytes));
            }
        }
        urls.forEach(u -> pendingFiles.add(urlInput.apply(u)));
        flush(pendingFiles, parts);
        return new Concatenated(parts, skipped);
    }

    /** Reads a URL list: one URL a line; blank lines and lines starting with # are ignored. */
    public static List<String> readUrlList(Path file) throws IOException {
        List<String> urls = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file)) {
            lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(urls::add);
        }
        return urls;
    }

    private static void addFile(Path f, List<String> extensions, List<Part> parts, List<Input> pendingFiles,
                                long maxBytes) {
        if (WarcSource.isWarc(f.getFileName().toString())) {
            flush(pendingFiles, parts);
            parts.add(() -> openWarc(f, maxBytes));
        } else {
            pendingFiles.add(FileInputs.ofFile(f, extensions, maxBytes));
        }
    }

    /** A file found in a directory walk: a WARC opens as a part of its own, anything else is one input. */
    private static void addFile(Input file, List<String> extensions, List<Part> parts, List<Input> pendingFiles,
                                long maxBytes) {
        Path f = Path.of(file.source());
        if (WarcSource.isWarc(f.getFileName().toString()) && Files.isRegularFile(f)) {
            addFile(f, extensions, parts, pendingFiles, maxBytes);
        } else {
            pendingFiles.add(file);
        }
    }

    /** A WARC that cannot be opened is one failing input, not the end of the run. */
    private static Source openWarc(Path f, long maxBytes) {
        try {
            return new WarcSource(f, maxBytes);
        } catch (IOException e) {
            return Source.of(List.of(Input.failed(f.toString(), f.toString(), "", ErrorCode.BAD_WARC,
                    "cannot open WARC: " + e.getMessage(), Map.of())).iterator());
        }
    }

    private static void flush(List<Input> pendingFiles, List<Part> parts) {
        if (!pendingFiles.isEmpty()) {
            List<Input> copy = List.copyOf(pendingFiles);
            parts.add(() -> Source.of(copy.iterator()));
            pendingFiles.clear();
        }
    }

    /** Opens one part of the input when reading reaches it. */
    @FunctionalInterface
    private interface Part {
        Source open();
    }

    /** The parts one after the other; a part that cannot be opened becomes one failing input. */
    private static final class Concatenated implements Source {
        private final Iterator<Part> parts;
        private final Map<String, Long> skipped;
        private Source current;

        Concatenated(List<Part> parts, Map<String, Long> skippedInWalks) {
            this.parts = parts.iterator();
            this.skipped = new LinkedHashMap<>(skippedInWalks);
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                closeCurrent();
                if (!parts.hasNext()) {
                    return false;
                }
                current = parts.next().open();
            }
            return true;
        }

        @Override
        public Input next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public Map<String, Long> skipped() {
            Map<String, Long> all = new LinkedHashMap<>(skipped);
            if (current != null) {
                current.skipped().forEach((k, v) -> all.merge(k, v, Long::sum));
            }
            return all;
        }

        private void closeCurrent() {
            if (current != null) {
                current.skipped().forEach((k, v) -> skipped.merge(k, v, Long::sum));
                try {
                    current.close();
                } catch (IOException ignored) {
                    // a read-only source: nothing was lost by failing to close it
                }
                current = null;
            }
        }

        @Override
        public void close() {
            closeCurrent();
        }
    }
}
