package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanBenchTest {

    @TempDir
    Path dir;

    @Test
    void reportsTheMedianSpeedPerThread() throws IOException {
        Files.writeString(dir.resolve("a.txt"), CleanCommandTest.ARTICLE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertThat(CleanBench.run(List.of(dir.toString()), 3, 1, 0, 0, out)).isZero();

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("documents             1")
                .contains("3 measured")
                .containsPattern("clean, per thread     median [0-9.]+ MB/s");
    }

    @Test
    void failsWithoutText() throws IOException {
        assertThat(CleanBench.run(List.of(dir.toString()), 1, 0, System.out)).isEqualTo(1);
    }
}
