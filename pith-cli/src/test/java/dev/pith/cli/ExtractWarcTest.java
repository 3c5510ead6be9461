package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.batch.io.TestPages;
import dev.pith.batch.io.TestWarc;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pith extract x.warc.gz} over a WARC with broken, non-HTML and mislabelled records. */
class ExtractWarcTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyHtmlRecordGetsALineAndBrokenOnesGetErrors() throws Exception {
        TestWarc warc = new TestWarc(true);
        String first = warc.response("https://a.test/first", "text/html; charset=utf-8",
                TestPages.utf8("First", "alpha"));                                     // record 0
        warc.request("https://a.test/image.png");                                     // record 1
        warc.response("https://a.test/image.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}); // 2
        String wrongCharset = warc.response("https://a.test/latin", "text/html; charset=utf-8",
                TestPages.html("Café", "crème brûlée").replace("utf-8", "utf-8")
                        .getBytes(StandardCharsets.ISO_8859_1));                      // record 3
        String truncated = warc.response("https://a.test/truncated", "text/html",
                TestPages.utf8("Truncated", "beta"));                                 // record 4
        String corrupt = warc.response("https://a.test/corrupt", "text/html",
                TestPages.utf8("Corrupt", "gamma"));                                  // record 5
        String gzipped = warc.response("https://a.test/gzipped", "text/html; charset=utf-8",
                gzip(TestPages.utf8("Gzipped", "delta")), "Content-Encoding", "gzip"); // record 6
        warc.response("https://a.test/missing", 404, "text/html", TestPages.utf8("Missing", "x")); // 7
        String last = warc.response("https://a.test/last", "text/html", TestPages.utf8("Last", "omega")); // 8

        byte[] bytes = warc.bytes();
        long[] cut = warc.span(4);
        long[] bad = warc.span(5);
        // flip bytes in the middle of record 5's gzip member: its deflate data is corrupt
        for (long i = (bad[0] + bad[1]) / 2; i < (bad[0] + bad[1]) / 2 + 16; i++) {
            bytes[(int) i] ^= 0x5a;
        }
        // cut record 4's member in half: a truncated record followed by the next member
        byte[] broken = concat(Arrays.copyOfRange(bytes, 0, (int) ((cut[0] + cut[1]) / 2)),
                Arrays.copyOfRange(bytes, (int) cut[1], bytes.length));
        Path file = dir.resolve("x.warc.gz");
        Files.write(file, broken);
        Path out = dir.resolve("out.jsonl");

        String summary = runCapturingStderr("extract", file.toString(), "-o", out.toString(), "-j", "2");

        List<JsonNode> lines = read(out);
        assertThat(lines).extracting(l -> l.get("id").asText())
                .containsExactly(first, wrongCharset, truncated, corrupt, gzipped, last);
        assertThat(lines.get(0).get("error").isNull()).isTrue();
        assertThat(lines.get(0).get("text").asText()).contains("alpha story");
        assertThat(lines.get(0).get("url").asText()).isEqualTo("https://a.test/first");
        assertThat(lines.get(0).get("warc_date").asText()).isEqualTo(TestWarc.DATE.toString());
        assertThat(lines.get(1).get("error").isNull()).isTrue();
        assertThat(lines.get(1).get("text").asText()).contains("story goes on");
        assertThat(lines.get(2).get("error").asText()).contains("unreadable WARC record");
        assertThat(lines.get(3).get("error").asText()).contains("unreadable WARC record");
        assertThat(lines.get(4).get("text").asText()).contains("delta story");
        assertThat(lines.get(5).get("text").asText()).contains("omega story");
        assertThat(summary).contains("9 in = 4 ok + 2 errors + 3 skipped")
                .contains("1 request record").contains("1 not HTML").contains("1 HTTP status not 2xx");
    }

    @Test
    void aPlainWarcCutShortEndsWithAnErrorLine() throws Exception {
        TestWarc warc = new TestWarc(false);
        String one = warc.response("https://b.test/1", "text/html", TestPages.utf8("One", "one"));
        String two = warc.response("https://b.test/2", "text/html", TestPages.utf8("Two", "two"));
        byte[] bytes = warc.bytes();
        Path file = dir.resolve("cut.warc");
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 200));
        Path out = dir.resolve("out.jsonl");

        String summary = runCapturingStderr("extract", file.toString(), "-o", out.toString(), "-j", "1");

        List<JsonNode> lines = read(out);
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly(one, two);
        assertThat(lines.get(0).get("error").isNull()).isTrue();
        assertThat(lines.get(1).get("error").asText()).isNotBlank();
        assertThat(summary).contains("2 in = 1 ok + 1 errors + 0 skipped");
    }

    @Test
    void garbageIsOneErrorNotACrash() throws Exception {
        Path file = dir.resolve("junk.warc.gz");
        Files.write(file, gzip("this is not a WARC at all\n".repeat(50).getBytes(StandardCharsets.UTF_8)));
        Path out = dir.resolve("out.jsonl");
        String summary = runCapturingStderr("extract", file.toString(), "-o", out.toString());
        assertThat(read(out)).hasSize(1).allSatisfy(l -> assertThat(l.get("error").asText()).isNotBlank());
        assertThat(summary).contains("1 in = 0 ok + 1 errors");
    }

    @Test
    void anEmptyWarcGivesAnEmptyOutput() throws Exception {
        Path file = dir.resolve("empty.warc");
        Files.write(file, new byte[0]);
        Path out = dir.resolve("out.jsonl");
        String summary = runCapturingStderr("extract", file.toString(), "-o", out.toString());
        assertThat(read(out)).isEmpty();
        assertThat(summary).contains("0 in = 0 ok + 0 errors + 0 skipped");
    }

    @Test
    void badHttpHeadersAndDnsRecordsDoNotDerailTheFile() throws Exception {
        String html = TestPages.html("Fine", "fine");
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html;
        String warc = record("urn:uuid:bad", "application/http; msgtype=response", "\u0001\u0002 not http at all")
                + record("urn:uuid:dns", "text/dns", "20260101000000\nexample.com. 300 IN A 127.0.0.1\n")
                + record("urn:uuid:fine", "application/http; msgtype=response", http);
        Path file = dir.resolve("odd.warc");
        Files.writeString(file, warc, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        String summary = runCapturingStderr("extract", file.toString(), "-o", out.toString());

        List<JsonNode> lines = read(out);
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("urn:uuid:bad", "urn:uuid:fine");
        assertThat(lines.get(0).get("error").asText()).startsWith("bad-warc: invalid HTTP header");
        assertThat(lines.get(1).get("text").asText()).contains("fine story");
        assertThat(summary).contains("3 in = 1 ok + 1 errors + 1 skipped (1 non-HTTP response record)");
    }

    private static String record(String id, String contentType, String payload) {
        int length = payload.getBytes(StandardCharsets.UTF_8).length;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <" + id + ">\r\n"
                + "WARC-Date: 2026-01-02T03:04:05Z\r\nWARC-Target-URI: https://c.test/" + id.substring(9) + "\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n"
                + payload + "\r\n\r\n";
    }

    static String runCapturingStderr(String... args) {
        return CliRun.stderrOf(args);
    }

    static List<JsonNode> read(Path jsonl) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    static byte[] gzip(byte[] b) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
