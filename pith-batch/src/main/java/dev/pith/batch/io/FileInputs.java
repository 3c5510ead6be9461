package dev.pith.batch.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Expands command-line paths into inputs: files as given, directories recursively (sorted, so
 * the output order is stable), {@code -} for standard input. Gzipped files are inflated.
 */
public final class FileInputs {

    /** Inflated documents larger than this are refused with an error, not read into memory. */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    private FileInputs() {
    }

    /**
     * @param paths      the paths as the user gave them
     * @param extensions accepted extensions inside directories, e.g. {@code .html}; files named
     *                   directly are always taken
     */
    public static List<Input> expand(List<String> paths, List<String> extensions) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                inputs.add(new Input("stdin", "-", "", null, () -> limited(System.in)));
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> accepted(f, extensions))
                            .sorted()
                            .forEach(f -> inputs.add(ofFile(f, extensions)));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else if (Files.exists(path)) {
                inputs.add(ofFile(path, extensions));
            } else {
                throw new IOException("no such file or directory: " + p);
            }
        }
        return inputs;
    }

    public static boolean accepted(Path f, List<String> extensions) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        for (String ext : extensions) {
            if (name.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    public static Input ofFile(Path f, List<String> extensions) {
        return new Input(idOf(f.getFileName().toString(), extensions), f.toString(), "", null,
                () -> read(f));
    }

    /** The file name without {@code .gz} and the first matching document extension. */
    public static String idOf(String fileName, List<String> extensions) {
        String id = fileName;
        if (id.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            id = id.substring(0, id.length() - 3);
        }
        String lower = id.toLowerCase(Locale.ROOT);
        for (String ext : extensions) {
            if (lower.endsWith(ext)) {
                return id.substring(0, id.length() - ext.length());
            }
        }
        return id;
    }

    /** Reads a file, inflating gzip (detected by its magic bytes, not its name). */
    public static byte[] read(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return limited(in);
        }
    }

    static byte[] limited(InputStream raw) throws IOException {
        InputStream in = raw.markSupported() ? raw : new java.io.BufferedInputStream(raw);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            in = new GZIPInputStream(in);
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_DOCUMENT_BYTES + 1));
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new IOException("document larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB");
        }
        return bytes;
    }
}
