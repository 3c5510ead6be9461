package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory that cannot be read, named as an argument or met in a walk, is one error record,
 * and the readable inputs beside it are extracted. File permissions do not hold for root, which
 * CI runs as: then the command runs in a child JVM as the user {@code nobody} (util-linux's
 * {@code setpriv}), from a copy of the class path that user can read.
 */
class UnreadableDirectoryTest {

    private static final String PAGE = "<html><body><p>This page can be read, and it holds a paragraph of plain"
            + " text that the extractor keeps.</p></body></html>";
    private static final int ROOT = 0;
    private static final String NOBODY = "65534";
    private static final long CHILD_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void anUnreadableDirectoryIsOneErrorRecordAndTheRunGoesOn() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("hidden.html"), PAGE);
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        Path tree = Files.createDirectory(dir.resolve("tree"));
        Files.writeString(tree.resolve("open.html"), PAGE);
        Path lockedInTree = Files.createDirectory(tree.resolve("locked-too"));
        Files.writeString(lockedInTree.resolve("hidden.html"), PAGE);
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Path out = outDir.resolve("out.jsonl");
        openToAll(dir);
        setPermissions(locked, "---------");
        setPermissions(lockedInTree, "---------");
        try {
            CliRun.Result run = runAsUnprivileged("extract", locked.toString(), page.toString(), tree.toString(),
                    "-o", out.toString());

            assertThat(run.exit()).as(run.stderr()).isZero();
            List<JsonNode> records = ExtractWarcTest.read(out);
            assertThat(records).extracting(r -> r.get("source").asText())
                    .containsExactlyInAnyOrder(locked.toString(), page.toString(), tree.resolve("open.html").toString(),
                            lockedInTree.toString());
            assertThat(records).filteredOn(r -> r.get("error").isNull()).hasSize(2)
                    .allSatisfy(r -> assertThat(r.get("text").asText()).contains("plain text"));
            assertThat(records).filteredOn(r -> !r.get("error").isNull()).extracting(r -> r.get("error").asText())
                    .containsExactlyInAnyOrder("unreadable: permission denied: " + locked,
                            "unreadable: permission denied: " + lockedInTree);
            assertThat(run.stderr()).contains("4 in = 2 ok + 2 errors + 0 skipped");
        } finally {
            setPermissions(locked, "rwx------");
            setPermissions(lockedInTree, "rwx------");
        }
    }

    /** Runs the command line in this JVM, or, as root, in a child JVM as the user nobody. */
    private CliRun.Result runAsUnprivileged(String... args) throws IOException, InterruptedException {
        if (!runningAsRoot()) {
            return CliRun.run(args);
        }
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", readableClassPath(), Main.class.getName()));
        command.addAll(List.of(args));
        Path stderr = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(CHILD_SECONDS, TimeUnit.SECONDS)).as("the child run ended").isTrue();
        return new CliRun.Result(child.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8), "");
    }

    private static boolean runningAsRoot() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == ROOT;
    }

    /** This JVM's class path, copied where the user nobody can read it (root's home is closed). */
    private String readableClassPath() throws IOException {
        Path copies = Files.createDirectory(dir.resolve("classpath"));
        List<String> entries = new ArrayList<>();
        String[] path = System.getProperty("java.class.path").split(File.pathSeparator);
        for (int i = 0; i < path.length; i++) {
            Path from = Path.of(path[i]);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = copies.resolve(i + (Files.isDirectory(from) ? "" : ".jar"));
            copy(from, to);
            entries.add(to.toString());
        }
        openToAll(copies);
        return String.join(File.pathSeparator, entries);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.copy(from, to);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Everything under {@code root} readable and traversable by all, the temporary folder included. */
    private static void openToAll(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                setPermissions(p, Files.isDirectory(p) ? "rwxrwxrwx" : "rw-r--r--");
            }
        }
    }

    private static void setPermissions(Path p, String permissions) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
    }
}
