package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input given yields one record or is counted as skipped with its reason, and every error
 * starts with a stable code: inputs that used to end a run, or vanish without a word.
 */
class InputAccountingTest {

    private static final String PAGE = "<html><head><title>A title</title></head><body><article>"
            + "<p>A paragraph long enough to be the main content of this small test page, with words.</p>"
            + "</article></body></html>";

    @TempDir
    Path dir;

    @Test
    void aMissingFileAmongOthersIsOneErrorRecordAndTheRunGoesOn() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        Path out = dir.resolve("out.jsonl");

        String summary = CliRun.stderrOf("extract", dir.resolve("nosuch.html").toString(), page.toString(),
                "-o", out.toString());

        List<JsonNode> records = ExtractWarcTest.read(out);
        assertThat(records).extracting(r -> r.get("error").asText(null))
                .containsExactly("not-found: no such file or directory: " + dir.resolve("nosuch.html"), null);
        assertThat(summary).contains("2 in = 1 ok + 1 errors + 0 skipped");
        assertThat(records.get(1).get("url").isNull()).as("an unknown URL is null like every absent field").isTrue();
    }

    @Test
    void aUrlListLineThatIsNotAUrlIsOneBadUrlRecord() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        Path list = Files.writeString(dir.resolve("urls.txt"), "not a url\nftp://x.test/y\n");
        Path out = dir.resolve("out.jsonl");

        String summary = CliRun.stderrOf("extract", page.toString(), "--urls", list.toString(), "-o", out.toString());

        assertThat(ExtractWarcTest.read(out)).extracting(r -> r.get("error").asText("ok"))
                .containsExactly("ok", "bad-url: invalid URL: Illegal character in path at index 3: not a url",
                        "bad-url: not an http(s) URL: ftp://x.test/y");
        assertThat(summary).contains("3 in = 1 ok + 2 errors");
    }

    @Test
    void mirrorsKeepTheirExtensionlessAndServerPageFilesAndSkippedFilesAreCounted() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("about"), PAGE);
        Files.writeString(site.resolve("index.php"), PAGE);
        Files.writeString(site.resolve("news.shtml"), PAGE);
        Files.writeString(site.resolve("index.html?p=2"), PAGE);
        Files.write(site.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("linked.html"), PAGE);
        Files.createSymbolicLink(site.resolve("more"), elsewhere);
        Path out = dir.resolve("out.jsonl");

        String summary = CliRun.stderrOf("extract", site.toString(), "-o", out.toString());

        assertThat(ExtractWarcTest.read(out)).extracting(r -> r.get("id").asText())
                .containsExactlyInAnyOrder("about", "index", "news", "index.html?p=2", "linked");
        assertThat(summary).contains("6 in = 5 ok + 0 errors + 1 skipped").contains("1 other files by name");
    }

    @Test
    void cleanAndDedupCountTheFilesTheirDirectoryWalksLeaveOut() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("a.txt"), CleanCommandTest.ARTICLE);
        Files.writeString(folder.resolve("b.html"), PAGE);
        Files.write(folder.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        String clean = CliRun.stderrOf("clean", folder.toString(), "-o", dir.resolve("c.jsonl").toString());
        String dedup = CliRun.stderrOf("dedup", folder.toString(), "-o", dir.resolve("d.jsonl").toString(),
                "--report", dir.resolve("report").toString());

        // clean reads text, so the page is left out too; dedup extracts it
        assertThat(clean).contains("3 in = 1 ok + 0 errors + 2 skipped (2 other files by name)");
        assertThat(dedup).contains("2 files extracted or cleaned, 0 errors, 1 skipped (1 other files by name)");
    }

    @Test
    void aUtf16PageWithoutByteOrderMarkIsReadAsText() throws Exception {
        Path page = Files.write(dir.resolve("utf16.html"), PAGE.getBytes(StandardCharsets.UTF_16LE));
        Path out = dir.resolve("out.json");

        CliRun.stderrOf("extract", page.toString(), "--format", "json", "-o", out.toString());

        JsonNode record = ExtractWarcTest.JSON.readTree(out.toFile());
        assertThat(record.get("title").asText()).isEqualTo("A title");
        assertThat(record.get("text").asText()).startsWith("A paragraph long enough");
    }

    @Test
    void randomBytesNamedHtmlAreNotAPage() throws Exception {
        byte[] noise = new byte[1 << 16];
        new java.util.Random(7).nextBytes(noise);
        Path page = Files.write(dir.resolve("noise.html"), noise);
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("extract", page.toString(), dir.resolve("noise.html").toString(), "-o", out.toString());

        assertThat(ExtractWarcTest.read(out)).allSatisfy(r -> assertThat(r.get("error").asText())
                .isEqualTo("not-html: the input looks binary, not like a web page"));
    }

    @Test
    void aJsonLinesRecordThatIsNotUtf8IsOneErrorAndTheOthersAreCleaned() throws Exception {
        byte[] good = "{\"id\":\"ok\",\"text\":\"A line of text.\\nAnother line of text here.\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\":\"bad\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 6; i++) {
            file.write(i == 3 ? bad : good);
        }
        Path in = Files.write(dir.resolve("in.jsonl"), file.toByteArray());
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("clean", in.toString(), "-o", out.toString());

        List<JsonNode> records = ExtractWarcTest.read(out);
        assertThat(records).hasSize(6);
        assertThat(records.get(3).get("error").asText()).isEqualTo("bad-encoding: line 4 is not valid UTF-8");
        assertThat(records.get(3).get("source").asText()).isEqualTo(in + ":4");
    }

    @Test
    void aTextFieldLongerThanJacksonsDefaultLimitIsCleaned() throws Exception {
        String text = "A sentence of ordinary prose that repeats. ".repeat(25 << 20 >> 5);
        Path in = Files.writeString(dir.resolve("big.jsonl"),
                ExtractWarcTest.JSON.writeValueAsString(java.util.Map.of("id", "big", "text", text)) + "\n");
        Path out = dir.resolve("out.jsonl");

        CliRun.stderrOf("clean", in.toString(), "-o", out.toString(), "--timeout", "120");

        com.fasterxml.jackson.databind.ObjectMapper large = new com.fasterxml.jackson.databind.ObjectMapper(
                com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(
                        com.fasterxml.jackson.core.StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE)
                                .build()).build());
        JsonNode record = large.readTree(Files.readString(out));
        assertThat(record.get("error").isNull()).isTrue();
        assertThat(record.get("text").asText()).hasSizeGreaterThan(20_000_000);
    }
}
