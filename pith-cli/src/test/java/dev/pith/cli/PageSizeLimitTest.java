package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.batch.io.TestPages;
import dev.pith.batch.io.TestWarc;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --max-page-mb} is one limit for every kind of input: files, standard input, WARC
 * records (and URLs, see {@link ExtractUrlsTest}); it used to apply to URLs only, while files had
 * a fixed cap that the flag could neither lower nor lift.
 */
class PageSizeLimitTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;

    /** A page of about {@code mb} megabytes and a bit: real text padded with a comment. */
    private static String pageOver(int mb) {
        return TestPages.html("Big", "padded").replace("</body>", "<!--" + "x".repeat(mb * MB) + "--></body>");
    }

    @Test
    void aFileOverTheLimitIsATooLargeRecordNamingItAndTheOthersGoOn() throws Exception {
        Path big = Files.writeString(dir.resolve("big.html"), pageOver(1));
        Path small = Files.write(dir.resolve("small.html"), TestPages.utf8("Small", "little"));
        Path out = dir.resolve("out.jsonl");

        String summary = CliRun.stderrOf("extract", big.toString(), small.toString(), "--max-page-mb", "1",
                "-o", out.toString());

        List<JsonNode> records = ExtractWarcTest.read(out);
        assertThat(records.get(0).get("error").asText()).isEqualTo("too-large: " + big + " is larger than 1 MB");
        assertThat(records.get(1).get("error").isNull()).isTrue();
        assertThat(summary).contains("2 in = 1 ok + 1 errors");
    }

    @Test
    void theSameFileUnderTheDefaultLimitIsExtracted() throws Exception {
        Path big = Files.writeString(dir.resolve("big.html"), pageOver(1));
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("extract", big.toString(), big.toString(), "-o", out.toString());

        assertThat(ExtractWarcTest.read(out)).allSatisfy(r -> assertThat(r.get("error").isNull()).isTrue());
    }

    @Test
    void aLargerLimitLiftsTheDefaultForFilesInsideDirectories() throws Exception {
        // 65 MB of inflated page from a small gzip file: over the 64 MB default, under --max-page-mb 66
        Path pages = Files.createDirectories(dir.resolve("pages"));
        try (var gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("huge.html.gz")))) {
            gz.write(TestPages.utf8("Huge", "lifted"));
            byte[] spaces = " ".repeat(MB).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 65; i++) {
                gz.write(spaces);
            }
        }
        Files.write(pages.resolve("small.html"), TestPages.utf8("Small", "little"));
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("extract", pages.toString(), "-o", out.toString(), "-j", "1");
        assertThat(ExtractWarcTest.read(out).get(0).get("error").asText()).startsWith("too-large: ");

        CliRun.stderrOf("extract", pages.toString(), "-o", out.toString(), "-j", "1", "--max-page-mb", "66");
        List<JsonNode> lifted = ExtractWarcTest.read(out);
        assertThat(lifted.get(0).get("error").isNull()).isTrue();
        assertThat(lifted.get(0).get("text").asText()).contains("lifted");
    }

    @Test
    void standardInputOverTheLimitIsRefusedWithItsName() throws Exception {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(pageOver(1).getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun.Result r = CliRun.run("extract", "-", "--max-page-mb", "1");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.stderr()).contains("too-large: standard input is larger than 1 MB");
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void aWarcRecordOverTheLimitIsATooLargeRecord() throws Exception {
        TestWarc warc = new TestWarc(true);
        warc.response("https://a.test/big", "text/html", pageOver(1).getBytes(StandardCharsets.UTF_8));
        warc.response("https://a.test/small", "text/html", TestPages.utf8("Small", "little"));
        Path file = Files.write(dir.resolve("x.warc.gz"), warc.bytes());
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("extract", file.toString(), "--max-page-mb", "1", "-o", out.toString());

        assertThat(ExtractWarcTest.read(out)).extracting(r -> r.get("error").asText("ok"))
                .containsExactly("too-large: document larger than 1 MB", "ok");
    }

    @Test
    void aLimitBelowOneMegabyteIsRefused() throws Exception {
        Path small = Files.write(dir.resolve("small.html"), TestPages.utf8("Small", "little"));
        CliRun.Result r = CliRun.run("extract", small.toString(), "--max-page-mb", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("--max-page-mb must be at least 1");
    }
}
