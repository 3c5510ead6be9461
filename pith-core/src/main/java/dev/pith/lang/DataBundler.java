package dev.pith.lang;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build-time tool, run by Maven after the resources are copied: packs every per-language data
 * file ({@code dev/pith/lang/<code>/<kind>.txt}) into one resource, {@link #BUNDLE}, which
 * {@link LanguageData} reads instead of the files.
 *
 * <p>Why: a page in English or an undeclared language needs the files of every language, and
 * looking up a hundred resources in a jar one by one cost a one-page run ~10 % of its CPU.
 * The files stay the source; the bundle is remade from them on every build.
 *
 * <p>Usage: {@code DataBundler CLASSES_DIRECTORY}.
 */
public final class DataBundler {

    /** The bundle, next to the language directories. */
    static final String BUNDLE = "data.bundle";
    /** The first four bytes of the bundle: "PLD1". */
    static final int MAGIC = 0x504c4431;
    /** Where the language directories are, under the classes directory. */
    static final String ROOT = "dev/pith/lang";

    private DataBundler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DataBundler CLASSES_DIRECTORY");
        }
        Path root = Path.of(args[0], ROOT);
        try (OutputStream out = Files.newOutputStream(root.resolve(BUNDLE))) {
            bundle(root, out);
        }
    }

    /** Writes every {@code <code>/<kind>.txt} under {@code root}, by name: count, then name, length and bytes of each. */
    static void bundle(Path root, OutputStream sink) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, 2)) {
            files = walk.filter(p -> root.relativize(p).getNameCount() == 2 && p.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sink));
        out.writeInt(MAGIC);
        out.writeInt(files.size());
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            out.writeUTF(root.relativize(file).toString().replace('\\', '/'));
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        out.flush();
    }
}
