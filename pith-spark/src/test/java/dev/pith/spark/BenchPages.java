package dev.pith.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;

/** Pages of the shared benchmark (read in place, never copied into the repository). */
public final class BenchPages {

    /** The shared benchmark folder, beside the worktree. */
    public static final Path ROOT = Path.of("..", "..", "shared", "bench").toAbsolutePath().normalize();

    private BenchPages() {
    }

    /** The first {@code n} pages of a data set, in name order; skips the test when the data is absent. */
    public static List<Path> first(String dataset, int n) throws IOException {
        Path dir = ROOT.resolve(dataset).resolve("pages");
        // skipped without ../shared on a developer's machine; in CI (CI=true) a missing folder fails
        if ("true".equals(System.getenv("CI"))) {
            org.assertj.core.api.Assertions.assertThat(Files.isDirectory(dir)).as("benchmark pages not found at " + dir).isTrue();
        }
        Assumptions.assumeTrue(Files.isDirectory(dir), "benchmark pages not found at " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html.gz")).sorted().limit(n).toList();
        }
    }

    public static byte[] read(Path page) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }

    /** The page id: its file name without {@code .html.gz}. */
    public static String id(Path page) {
        String name = page.getFileName().toString();
        return name.substring(0, name.length() - ".html.gz".length());
    }
}
