package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.TestPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pith extract DIR --output-dir OUT}: one file per document besides the JSON Lines records. */
class OutputDirTest {

    private static final String DAY = "2026-01-01";

    @TempDir
    Path dir;

    private Path pages() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.write(pages.resolve("a.html"), TestPages.utf8("First", "alpha"));
        Files.write(Files.createDirectories(pages.resolve("sub")).resolve("a.html"), TestPages.utf8("Second", "beta"));
        Files.write(pages.resolve("b.html"), TestPages.utf8("Third", "gamma"));
        return pages;
    }

    @Test
    void everyDocumentGetsItsFileInTheFormatAndItsRecordNamesIt() throws Exception {
        Path pages = pages();
        Path out = dir.resolve("out");
        Path jsonl = dir.resolve("x.jsonl");

        String summary = CliRun.stderrOf("extract", pages.toString(), "--output-dir", out.toString(),
                "--format", "markdown", "-o", jsonl.toString(), "--reference-date", DAY);

        List<JsonNode> records = ExtractWarcTest.read(jsonl);
        // the walk is sorted: a.html, b.html, sub/a.html; the second "a" gets a number
        assertThat(records).extracting(r -> r.get("file").asText()).containsExactly("a.md", "b.md", "a-2.md");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("a.md", "b.md", "a-2.md");
        }
        Path single = dir.resolve("single.md");
        CliRun.stderrOf("extract", pages.resolve("sub/a.html").toString(), "--format", "markdown",
                "-o", single.toString(), "--reference-date", DAY);
        assertThat(out.resolve("a-2.md")).hasSameTextualContentAs(single);
        assertThat(summary).contains("3 in = 3 ok");
    }

    @Test
    void theRecordsAreThoseOfARunWithoutItPlusTheirFile() throws Exception {
        Path pages = pages();
        Path plain = dir.resolve("plain.jsonl");
        Path withFiles = dir.resolve("files.jsonl");
        CliRun.stderrOf("extract", pages.toString(), "-o", plain.toString(), "--reference-date", DAY);
        CliRun.stderrOf("extract", pages.toString(), "-o", withFiles.toString(), "--reference-date", DAY,
                "--output-dir", dir.resolve("out").toString());

        List<JsonNode> without = ExtractWarcTest.read(plain);
        List<JsonNode> with = ExtractWarcTest.read(withFiles);
        for (int i = 0; i < without.size(); i++) {
            ObjectNode stripped = ((ObjectNode) with.get(i)).deepCopy();
            assertThat(stripped.remove("file").asText()).endsWith(".txt");
            assertThat(stripped).isEqualTo(without.get(i));
        }
    }

    @Test
    void aFailedInputHasNoFile() throws Exception {
        Path out = dir.resolve("out");
        Path jsonl = dir.resolve("x.jsonl");
        CliRun.stderrOf("extract", dir.resolve("nosuch.html").toString(), pages().resolve("b.html").toString(),
                "--output-dir", out.toString(), "-o", jsonl.toString());

        List<JsonNode> records = ExtractWarcTest.read(jsonl);
        assertThat(records.get(0).has("file")).isFalse();
        assertThat(records.get(1).get("file").asText()).isEqualTo("b.txt");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void anOutputDirThatIsAFileIsAnErrorBeforeAnyWork() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        CliRun.Result r = CliRun.run("extract", pages().toString(), "--output-dir", blocker.toString(),
                "-o", dir.resolve("x.jsonl").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("output: cannot create the output directory " + blocker);
        assertThat(dir.resolve("x.jsonl")).doesNotExist();
    }

    @Test
    void resumingIntoAnOutputDirIsRefused() throws Exception {
        CliRun.Result r = CliRun.run("extract", pages().toString(), "--output-dir", dir.resolve("out").toString(),
                "-o", dir.resolve("x.jsonl").toString(), "--resume");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("--resume and --output-dir do not go together");
    }
}
