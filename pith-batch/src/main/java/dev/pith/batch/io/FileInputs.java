package dev.pith.batch.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Expands command-line paths into inputs: files as given, directories recursively (sorted, so
 * the output order is stable), {@code -} for standard input. Gzipped files are inflated.
 */
public final class FileInputs {

    /**
     * Inflated documents larger than this are refused with an error, not read into memory,
     * unless the caller gives its own limit (the command line's {@code --max-page-mb}).
     */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    /** How standard input is named in messages. */
    private static final String STDIN_NAME = "standard input";

    private FileInputs() {
    }

    /**
     * Every input the paths name, in order; a path that does not exist or cannot be read is a
     * failing input (so it gets a record with its error), never the end of the run.
     *
     * @param paths      the paths as the user gave them
     * @param extensions accepted extensions inside directories, e.g. {@code .html}; files named
     *                   directly are always taken
     */
    public static List<Input> expand(List<String> paths, List<String> extensions) {
        return expand(paths, extensions, new LinkedHashMap<>());
    }

    /**
     * As {@link #expand(List, List)}, counting the files left out of directory walks by reason
     * into {@code skipped}, so that a run's summary accounts for every file found.
     */
    public static List<Input> expand(List<String> paths, List<String> extensions, Map<String, Long> skipped) {
        return expand(paths, extensions, skipped, MAX_DOCUMENT_BYTES);
    }

    /**
     * As {@link #expand(List, List, Map)}, refusing documents (files and standard input alike)
     * larger than {@code maxBytes} once inflated with a {@code too-large} error.
     */
    public static List<Input> expand(List<String> paths, List<String> extensions, Map<String, Long> skipped,
                                     long maxBytes) {
        List<Input> inputs = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                inputs.add(new Input("stdin", "-", "", null, () -> limited(System.in, maxBytes, STDIN_NAME)));
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                walk(path, f -> accepted(f, extensions), extensions, inputs, skipped, maxBytes);
            } else if (Files.exists(path)) {
                inputs.add(ofFile(path, extensions, maxBytes));
            } else {
                inputs.add(Input.failed(idOf(path.getFileName() == null ? p : path.getFileName().toString(),
                        extensions), p, "", ErrorCode.NOT_FOUND, "no such file or directory: " + p, Map.of()));
            }
        }
        return inputs;
    }

    /**
     * Walks a directory in sorted order, following symbolic links (a link cycle is reported, not
     * followed): accepted files become inputs, other files are counted as skipped, and a file or
     * directory that cannot be read becomes a failing input.
     */
    public static void walk(Path dir, Predicate<Path> accept, List<String> extensions, List<Input> inputs,
                            Map<String, Long> skipped) {
        walk(dir, accept, extensions, inputs, skipped, MAX_DOCUMENT_BYTES);
    }

    /** As {@link #walk(Path, Predicate, List, List, Map)}, with the largest document accepted. */
    public static void walk(Path dir, Predicate<Path> accept, List<String> extensions, List<Input> inputs,
                            Map<String, Long> skipped, long maxBytes) {
        List<Path> files = new ArrayList<>();
        List<Input> failures = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (!attrs.isRegularFile()) {
                                skipped.merge(SKIPPED_SPECIAL, 1L, Long::sum);
                            } else if (accept.test(f)) {
                                files.add(f);
                            } else {
                                skipped.merge(SKIPPED_BY_NAME, 1L, Long::sum);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            failures.add(Input.failed(f.getFileName() == null ? f.toString() : f.getFileName().toString(),
                                    f.toString(), "", ErrorCode.UNREADABLE, unreadable(f, e), Map.of()));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            failures.add(Input.failed(dir.toString(), dir.toString(), "", ErrorCode.UNREADABLE, unreadable(dir, e),
                    Map.of()));
        }
        files.sort(null);
        files.forEach(f -> inputs.add(ofFile(f, extensions, maxBytes)));
        inputs.addAll(failures);
    }

    /** The skip reason of files whose names say they are not documents of the job's kind. */
    public static final String SKIPPED_BY_NAME = "other files by name";
    /** The skip reason of directory entries that are neither files nor directories (sockets, devices). */
    public static final String SKIPPED_SPECIAL = "special files";

    private static String unreadable(Path f, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop, not followed: " + f;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + f;
        }
        return "cannot read " + f + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * Whether a file name ends with one of the extensions, before {@code .gz} and before a
     * {@code ?query} that mirroring tools keep in file names ({@code index.php?p=2}). The
     * extension {@link #NO_EXTENSION} accepts names without a dot, as mirrors save pages.
     */
    public static boolean accepted(Path f, List<String> extensions) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int query = name.indexOf('?');
        if (query > 0) {
            name = name.substring(0, query);
        }
        for (String ext : extensions) {
            if (ext.equals(NO_EXTENSION) ? name.indexOf('.') < 0 : name.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    /** In an extension list: file names without any extension. */
    public static final String NO_EXTENSION = "";

    public static Input ofFile(Path f, List<String> extensions) {
        return ofFile(f, extensions, MAX_DOCUMENT_BYTES);
    }

    /** A file as an input whose reading fails with {@code too-large} past {@code maxBytes} inflated. */
    public static Input ofFile(Path f, List<String> extensions, long maxBytes) {
        return new Input(idOf(f.getFileName().toString(), extensions), f.toString(), "", null,
                new FileBytes(f, maxBytes));
    }

    /** The bytes of a file, inflated; its size on disk tells the pipeline whether to read it ahead. */
    private record FileBytes(Path file, long maxBytes) implements Input.LocalBytes {
        @Override
        public byte[] read() throws IOException {
            return FileInputs.read(file, maxBytes);
        }

        @Override
        public long sizeOnDisk() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0; // unreadable: reading it at once costs nothing and reports the error
            }
        }
    }

    /** The file name without {@code .gz} and the first matching document extension. */
    public static String idOf(String fileName, List<String> extensions) {
        String id = fileName;
        if (id.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            id = id.substring(0, id.length() - 3);
        }
        String lower = id.toLowerCase(Locale.ROOT);
        for (String ext : extensions) {
            if (!ext.isEmpty() && lower.endsWith(ext)) {
                return id.substring(0, id.length() - ext.length());
            }
        }
        return id;
    }

    /** Reads a file, inflating gzip (detected by its magic bytes, not its name). */
    public static byte[] read(Path f) throws IOException {
        return read(f, MAX_DOCUMENT_BYTES);
    }

    /** As {@link #read(Path)}, refusing a file larger than {@code maxBytes} once inflated. */
    public static byte[] read(Path f, long maxBytes) throws IOException {
        long onDisk = Files.size(f);
        if (onDisk <= Math.min(maxBytes, WHOLE_FILE_MAX_BYTES)) {
            return whole(Files.readAllBytes(f), maxBytes, f.toString());
        }
        try (InputStream in = Files.newInputStream(f)) {
            return limited(in, maxBytes, f.toString());
        }
    }

    /** Files up to this size on disk are read in one go, and inflated from memory into an array of their size. */
    static final long WHOLE_FILE_MAX_BYTES = 16L << 20;
    /** Inflater input buffer: a page's compressed bytes in a few calls, not 512 at a time. */
    private static final int INFLATE_BUFFER = 64 << 10;
    /** Inflated to compressed size that markup stays below (typically 4 to 10): more is grown into. */
    private static final long PLAUSIBLE_RATIO = 32;
    /** Trailing bytes of a gzip member: CRC-32, then ISIZE, the inflated size modulo 2^32. */
    private static final int GZIP_TRAILER = 8;

    /**
     * A file's bytes, inflated when gzipped. Batches read thousands of gzipped pages: inflating
     * from memory straight into an array sized by the gzip trailer spares the small reads and
     * the copies of a stream read, on the thread that reads ahead of the workers.
     */
    private static byte[] whole(byte[] raw, long maxBytes, String name) throws IOException {
        if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
            return raw;
        }
        // the trailer's size is a hint only: a file of several gzip members states its last one's
        int hint = raw.length >= GZIP_TRAILER ? littleEndianInt(raw, raw.length - 4) : 0;
        long cap = Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1);
        // ... and whatever a file claims, it gets no more room than pages inflate to at first
        long plausible = raw.length * PLAUSIBLE_RATIO + INFLATE_BUFFER;
        int initial = (int) Math.min(cap, hint >= 0 ? Math.min(hint, plausible) : plausible);
        byte[] out = new byte[initial];
        int n = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), INFLATE_BUFFER)) {
            while (n < cap) {
                if (n == out.length) { // full: one byte more tells the end from a larger page
                    int next = in.read();
                    if (next < 0) {
                        break;
                    }
                    out = Arrays.copyOf(out, (int) Math.min(cap, Math.max(2L * n, n + 1L)));
                    out[n++] = (byte) next;
                    continue;
                }
                int r = in.read(out, n, out.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        }
        if (n > maxBytes) {
            throw tooLarge(name, maxBytes);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static int littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    /** The stream's bytes, inflated when gzipped; {@code too-large} naming {@code name} past {@code maxBytes}. */
    static byte[] limited(InputStream raw, long maxBytes, String name) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            in = new GZIPInputStream(in);
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(name, maxBytes);
        }
        return bytes;
    }

    private static InputError tooLarge(String name, long maxBytes) {
        return new InputError(ErrorCode.TOO_LARGE, name + " is larger than " + ContentEncoding.sizeLabel(maxBytes));
    }
}
