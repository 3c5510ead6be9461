package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.batch.io.TestPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --timings FILE}: one line per document with the time its worker spent on it. */
class TimingsTest {

    @TempDir
    Path dir;

    @Test
    void everyDocumentGetsOneTimingLineAndTheRecordsStayAsTheyAre() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.write(pages.resolve("a.html"), TestPages.utf8("First", "alpha"));
        Files.write(pages.resolve("b.html"), TestPages.utf8("Second", "beta"));
        Path plain = dir.resolve("plain.jsonl");
        Path timed = dir.resolve("timed.jsonl");
        Path timings = dir.resolve("timings.jsonl");
        CliRun.stderrOf("extract", pages.toString(), dir.resolve("nosuch.html").toString(), "-o", plain.toString(),
                "--reference-date", "2026-01-01");

        CliRun.stderrOf("extract", pages.toString(), dir.resolve("nosuch.html").toString(), "-o", timed.toString(),
                "--reference-date", "2026-01-01", "--timings", timings.toString());

        assertThat(Files.readString(timed)).isEqualTo(Files.readString(plain));
        List<JsonNode> lines = ExtractWarcTest.read(timings);
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactlyInAnyOrder("a", "b", "nosuch");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get("ms").asLong()).isNotNegative();
            assertThat(l.get("cpu_ms").asLong()).isNotNegative();
            assertThat(l.has("unfinished")).isFalse();
        });
    }
}
