package dev.pith.cli;

import dev.pith.batch.io.fetch.LocalSite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pith extract --urls FILE}: 1,000 pages over 10 local hosts (ports on 127.0.0.1) with
 * politeness on, some slow, failing, oversized, non-HTML or blocked by robots.txt. Every URL
 * gets one line in input order, the broken ones an error, and no host ever sees two requests
 * at once. The elapsed time is printed for the report, not asserted.
 */
class ExtractUrlsTest {

    private static final int HOSTS = 10;
    private static final int PAGES = 1000;
    private final List<LocalSite> sites = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        sites.forEach(LocalSite::close);
    }

    /** The path of the i-th URL: mostly pages, a few of each kind of trouble. */
    private static String path(int i) {
        if (i % 100 == 13) {
            return "/slow";
        }
        if (i % 50 == 7) {
            return "/status/500";
        }
        if (i % 50 == 9) {
            return "/status/404";
        }
        if (i % 100 == 21) {
            return "/big";
        }
        if (i % 100 == 23) {
            return "/pdf";
        }
        if (i % 100 == 29) {
            return "/private/p" + i;
        }
        if (i % 100 == 31) {
            return "/redirect/1";
        }
        return "/page/" + i;
    }

    private static String expectedError(String path) {
        return switch (path.replaceAll("/p\\d+$", "")) {
            case "/slow" -> "timeout: no response within the read timeout of 3 s";
            case "/status/500" -> "HTTP 500";
            case "/status/404" -> "HTTP 404";
            case "/big" -> "response larger than 1 MB";
            case "/pdf" -> "not HTML: application/pdf";
            case "/private" -> "blocked by robots.txt";
            default -> null;
        };
    }

    @Test
    void aThousandPagesOverTenHostsPolitely() throws Exception {
        for (int h = 0; h < HOSTS; h++) {
            sites.add(new LocalSite());
        }
        List<String> urls = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            paths.add(path(i));
            urls.add(sites.get(i % HOSTS).url(path(i)));
        }
        Path list = dir.resolve("urls.txt");
        Files.write(list, urls);
        Path out = dir.resolve("out.jsonl");

        long start = System.nanoTime();
        String summary = dev.pith.cli.CliRun.stderrOf("extract", "--urls", list.toString(),
                "-o", out.toString(), "-j", "2", "--host-delay", "20", "--read-timeout", "3",
                "--connect-timeout", "2", "--max-page-mb", "1");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("1000 URLs over 10 hosts, 20 ms host delay: %.1f s%n", seconds);

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(out)) {
            lines.add(json.readTree(l));
        }
        assertThat(lines).hasSize(PAGES);
        long errors = 0;
        for (int i = 0; i < PAGES; i++) {
            JsonNode line = lines.get(i);
            assertThat(line.get("id").asText()).isEqualTo(urls.get(i));
            String expected = expectedError(paths.get(i));
            if (expected == null) {
                assertThat(line.get("error").isNull()).as(urls.get(i) + " " + line.get("error")).isTrue();
                assertThat(line.get("text").asText()).contains("story goes on");
            } else {
                errors++;
                assertThat(line.get("error").asText()).as(urls.get(i)).contains(expected);
            }
        }
        assertThat(summary).contains(PAGES + " in = " + (PAGES - errors) + " ok + " + errors + " errors");
        for (LocalSite site : sites) {
            assertThat(site.maxInFlight()).isEqualTo(1);
        }
    }

    @Test
    void resumeDoesNotFetchWhatIsAlreadyWritten() throws Exception {
        LocalSite site = new LocalSite();
        sites.add(site);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            urls.add(site.url("/page/" + i));
        }
        Path list = dir.resolve("urls.txt");
        Files.write(list, urls);
        Path full = dir.resolve("full.jsonl");
        dev.pith.cli.CliRun.stderrOf("extract", "--urls", list.toString(), "-o", full.toString(), "--host-delay", "1");
        List<String> expected = Files.readAllLines(full);

        Path part = dir.resolve("part.jsonl");
        Files.write(part, expected.subList(0, 12));
        int before = site.requests();
        String summary = dev.pith.cli.CliRun.stderrOf("extract", "--urls", list.toString(), "-o", part.toString(),
                "--host-delay", "1", "--resume");

        assertThat(Files.readAllLines(part)).containsExactlyElementsOf(expected);
        assertThat(site.requests() - before).isEqualTo(8 + 1); // the 8 missing pages and robots.txt
        assertThat(summary).contains("20 in = 8 ok + 0 errors + 0 skipped + 12 already in output");
    }
}
