package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.pith.batch.io.TestPages;
import dev.pith.batch.io.TestWarc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interrupted run finished with {@code --resume} equals an uninterrupted run, record for record:
 * once in-process (a prefix of the output plus a torn line, as a hard kill leaves it) and once
 * with a real {@code kill -INT} on a CLI subprocess.
 */
class ResumeRunTest {

    private static final int RECORDS = 1500;

    @TempDir
    Path dir;

    private Path warc() throws Exception {
        TestWarc w = new TestWarc(true);
        for (int i = 0; i < RECORDS; i++) {
            w.response("https://r.test/" + i, "text/html; charset=utf-8", TestPages.utf8("Page " + i, "word" + i));
            if (i % 100 == 7) {
                w.response("https://r.test/" + i + ".css", "text/css", "a{}".getBytes(StandardCharsets.UTF_8));
            }
        }
        Path file = dir.resolve("big.warc.gz");
        Files.write(file, w.bytes());
        return file;
    }

    @Test
    void resumingAfterATornLineGivesTheUninterruptedOutput() throws Exception {
        Path warc = warc();
        Path full = dir.resolve("full.jsonl");
        ExtractWarcTest.runCapturingStderr("extract", warc.toString(), "-o", full.toString(), "-j", "2");
        List<String> expected = Files.readAllLines(full);
        assertThat(expected).hasSize(RECORDS);

        Path partial = dir.resolve("partial.jsonl");
        String prefix = String.join("\n", expected.subList(0, 321)) + "\n";
        Files.writeString(partial, prefix + expected.get(321).substring(0, 40));
        String summary = ExtractWarcTest.runCapturingStderr("extract", warc.toString(), "-o", partial.toString(),
                "-j", "2", "--resume");

        assertThat(Files.readAllLines(partial)).containsExactlyElementsOf(expected);
        assertThat(summary).contains(RECORDS + 15 + " in = " + (RECORDS - 321) + " ok + 0 errors + 15 skipped + 321 already in output");
    }

    @Test
    void killIntThenResumeGivesTheUninterruptedOutput() throws Exception {
        Path warc = warc();
        Path full = dir.resolve("full.jsonl");
        ExtractWarcTest.runCapturingStderr("extract", warc.toString(), "-o", full.toString(), "-j", "2");
        List<String> expected = Files.readAllLines(full);

        Path out = dir.resolve("interrupted.jsonl");
        Process cli = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "extract", warc.toString(), "-o", out.toString(), "-j", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("cli.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (cli.isAlive() && lines(out) < 50 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start().waitFor();
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("cli.log"));
        System.err.println("interrupted run: " + log.strip());
        long written = lines(out);
        assumeThat(written).as("the run ended before it could be interrupted").isLessThan(RECORDS);
        assertThat(cli.exitValue()).isEqualTo(130);
        assertThat(log).contains("interrupted: run again with --resume");
        assertThat(Files.readString(out)).endsWith("\n");

        ExtractWarcTest.runCapturingStderr("extract", warc.toString(), "-o", out.toString(), "-j", "2", "--resume");
        assertThat(Files.readAllLines(out)).containsExactlyElementsOf(expected);
    }

    private static long lines(Path p) throws Exception {
        if (!Files.exists(p)) {
            return 0;
        }
        return Files.readString(p).chars().filter(c -> c == '\n').count();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
