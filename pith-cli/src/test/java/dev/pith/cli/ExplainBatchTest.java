package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.batch.io.TestPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --explain} with several inputs adds every block's verdict to each JSON Lines record
 * (it used to be refused), and leaves the rest of the record as it is without it.
 */
class ExplainBatchTest {

    @TempDir
    Path dir;

    private Path pages() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.write(pages.resolve("a.html"), TestPages.utf8("First", "alpha"));
        Files.write(pages.resolve("b.html"), TestPages.utf8("Second", "beta"));
        return pages;
    }

    @Test
    void eachRecordGetsItsBlocksRemovalsAndRegion() throws Exception {
        Path out = dir.resolve("out.jsonl");
        CliRun.stderrOf("extract", pages().toString(), "--explain", "-o", out.toString());

        List<JsonNode> records = ExtractWarcTest.read(out);
        assertThat(records).hasSize(2);
        for (JsonNode r : records) {
            assertThat(r.get("region").isArray()).isTrue();
            assertThat(r.get("removals").isArray()).isTrue();
            JsonNode blocks = r.get("blocks");
            assertThat(blocks.size()).isPositive();
            assertThat(blocks).allSatisfy(b -> assertThat(b.fieldNames()).toIterable()
                    .containsExactly("text", "kind", "path", "kept", "rule", "weight"));
            assertThat(blocks).anySatisfy(b -> assertThat(b.get("kept").asBoolean()).isTrue());
            assertThat(blocks).anySatisfy(b -> {
                assertThat(b.get("kept").asBoolean()).isFalse();
                assertThat(b.get("rule").asText()).isNotEmpty();
            });
        }
    }

    @Test
    void theExplanationAddsToTheRecordAndChangesNothingElse() throws Exception {
        Path plain = dir.resolve("plain.jsonl");
        Path explained = dir.resolve("explained.jsonl");
        Path pages = pages();
        CliRun.stderrOf("extract", pages.toString(), "-o", plain.toString(), "--reference-date", "2026-01-01");
        CliRun.stderrOf("extract", pages.toString(), "--explain", "-o", explained.toString(),
                "--reference-date", "2026-01-01");

        List<JsonNode> without = ExtractWarcTest.read(plain);
        List<JsonNode> with = ExtractWarcTest.read(explained);
        for (int i = 0; i < without.size(); i++) {
            ObjectNode stripped = ((ObjectNode) with.get(i)).deepCopy();
            stripped.remove(List.of("region", "removals", "blocks"));
            assertThat(stripped).isEqualTo(without.get(i));
        }
    }

    @Test
    void aFailedInputStillGetsItsOneErrorRecord() throws Exception {
        Path out = dir.resolve("out.jsonl");
        CliRun.stderrOf("extract", dir.resolve("nosuch.html").toString(), pages().resolve("a.html").toString(),
                "--explain", "-o", out.toString());

        List<JsonNode> records = ExtractWarcTest.read(out);
        assertThat(records.get(0).get("error").asText()).startsWith("not-found: ");
        assertThat(records.get(0).has("blocks")).isFalse();
        assertThat(records.get(1).get("blocks").size()).isPositive();
    }

    @Test
    void oneDocumentStillPrintsTheListing() throws Exception {
        Path out = dir.resolve("listing.txt");
        CliRun.stderrOf("extract", pages().resolve("a.html").toString(), "--explain", "-o", out.toString());
        assertThat(Files.readString(out)).startsWith("# main-content region: ").contains("# blocks (+ kept, - dropped by rule");
    }
}
