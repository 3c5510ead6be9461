package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.batch.io.TestPages;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pith clean} and {@code pith dedup} take {@code --max-page-mb} as {@code pith extract}
 * does, for every kind of input they read (a JSON line, a text or HTML file): they had a fixed
 * 64 MB cap of their own that the flag could neither lower nor lift. A document over the limit
 * is one {@code too-large} record naming the limit; the others go on.
 */
class CleanDedupPageSizeTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;

    /** Article text of a little over {@code mb} megabytes: the same paragraphs again and again. */
    private static String textOver(int mb) {
        String article = CleanCommandTest.ARTICLE.replace("Subscribe to our newsletter\n", "");
        return article.repeat(mb * MB / article.length() + 1);
    }

    /** One small record, one of a little over 1 MB, one small: JSON Lines. */
    private Path records() throws Exception {
        String small = CleanCommandTest.ARTICLE;
        return Files.write(dir.resolve("in.jsonl"), List.of(
                CleanCommandTest.MAPPER.writeValueAsString(Map.of("id", "first", "text", small)),
                CleanCommandTest.MAPPER.writeValueAsString(Map.of("id", "big", "text", textOver(1))),
                CleanCommandTest.MAPPER.writeValueAsString(Map.of("id", "last",
                        "text", small + "And one more line of news.\n"))));
    }

    private static List<String> errors(List<JsonNode> records) {
        return records.stream().map(r -> r.path("error").isNull() || r.path("error").isMissingNode() ? "ok"
                : r.get("error").asText()).toList();
    }

    @Test
    void cleanRefusesAJsonLineOverTheLimitAndGoesOn() throws Exception {
        Path out = dir.resolve("out.jsonl");

        String summary = CliRun.stderrOf("clean", records().toString(), "--max-page-mb", "1", "-o", out.toString());

        assertThat(errors(CleanCommandTest.read(out)))
                .containsExactly("ok", "too-large: line 2 is longer than 1 MB", "ok");
        assertThat(summary).contains("3 in = 2 ok + 1 errors");
    }

    @Test
    void aGzippedFileIsHeldToTheLimitOnceInflatedLineByLine() throws Exception {
        // a long line of compressed JSON Lines is never inflated whole: it is counted and skipped
        Path gz = dir.resolve("in.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(records(), out);
        }
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("clean", gz.toString(), "--max-page-mb", "1", "-o", out.toString());

        assertThat(errors(CleanCommandTest.read(out)))
                .containsExactly("ok", "too-large: line 2 is longer than 1 MB", "ok");
    }

    @Test
    void cleanTakesTheSameLineUnderAHigherLimit() throws Exception {
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("clean", records().toString(), "--max-page-mb", "2", "-o", out.toString());

        List<JsonNode> records = CleanCommandTest.read(out);
        assertThat(errors(records)).containsExactly("ok", "ok", "ok");
        assertThat(records.get(1).get("text").asText()).contains("The council met on Tuesday");
    }

    @Test
    void cleanRefusesATextFileOverTheLimit() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), textOver(1));
        Path small = Files.writeString(dir.resolve("small.txt"), CleanCommandTest.ARTICLE);
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("clean", big.toString(), small.toString(), "--max-page-mb", "1", "-o", out.toString());

        assertThat(errors(CleanCommandTest.read(out)))
                .containsExactly("too-large: " + big + " is larger than 1 MB", "ok");
    }

    @Test
    void dedupRefusesAJsonLineOverTheLimitAndGoesOn() throws Exception {
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("dedup", records().toString(), "--max-page-mb", "1", "-o", out.toString(),
                "--report", dir.resolve("report").toString());

        List<JsonNode> records = CleanCommandTest.read(out);
        assertThat(errors(records))
                .containsExactly("ok", "too-large: line 2 is longer than 1 MB (--max-page-mb)", "ok");
        assertThat(records.get(1).get("id").asText()).isEqualTo(dir.resolve("in.jsonl") + ":2");
    }

    @Test
    void dedupTakesTheSameLineUnderAHigherLimit() throws Exception {
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("dedup", records().toString(), "--max-page-mb", "2", "-o", out.toString(),
                "--report", dir.resolve("report").toString());

        assertThat(errors(CleanCommandTest.read(out))).containsExactly("ok", "ok", "ok");
    }

    @Test
    void dedupRefusesAnHtmlFileOverTheLimitBeforeExtractingIt() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Path big = Files.writeString(pages.resolve("big.html"), TestPages.html("Big", "padded")
                .replace("</body>", "<!--" + "x".repeat(MB) + "--></body>"));
        Files.write(pages.resolve("small.html"), TestPages.utf8("Small", "little"));
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("dedup", pages.toString(), "--max-page-mb", "1", "-o", out.toString(),
                "--report", dir.resolve("report").toString());

        assertThat(errors(CleanCommandTest.read(out)))
                .containsExactly("too-large: " + big + " is larger than 1 MB", "ok");
    }

    @Test
    void aLimitBelowOneIsAUsageError() throws Exception {
        for (String command : List.of("clean", "dedup")) {
            CliRun.Result r = CliRun.run(command, records().toString(), "--max-page-mb", "0");
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.stderr()).contains("--max-page-mb must be at least 1, got 0");
        }
    }
}
