package dev.pith.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.render.Format;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The server's record equals what {@code pith extract --format json} prints (the CLI renders
 * {@code Pith.extract} of the file's bytes as JSON) on a sample of the shared benchmark's pages.
 */
class SameAsCliTest {

    private static final Path PAGES = Path.of("..", "..", "shared", "bench", "scrapinghub", "pages");
    private static final int SAMPLE = 12;
    private static final String DAY = "2026-01-01";

    @Test
    void recordsMatchTheCommandLineOnBenchmarkPages() throws Exception {
        // skipped without ../shared on a developer's machine; in CI (CI=true) a missing folder fails
        if ("true".equals(System.getenv("CI"))) {
            org.assertj.core.api.Assertions.assertThat(Files.isDirectory(PAGES)).as("the shared benchmark is not here").isTrue();
        }
        Assumptions.assumeTrue(Files.isDirectory(PAGES), "the shared benchmark is not here");
        List<Path> sample;
        try (Stream<Path> s = Files.list(PAGES)) {
            sample = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().limit(SAMPLE).toList();
        }
        ExtractOptions options = ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.parse(DAY));
        try (PithServer server = PithServer.start(ServerSettings.defaults().withPort(0))) {
            ApiClient api = new ApiClient(server.uri());
            for (Path page : sample) {
                byte[] html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                    html = in.readAllBytes();
                }
                ApiClient.Answer a = api.post("/v1/extract?reference_date=" + DAY, "text/html", html);
                assertThat(a.status()).as(page.toString()).isEqualTo(200);
                String cli = Pith.render(Pith.extract(html, null, null, options), Format.JSON);
                assertThat(a.json()).as(page.toString()).isEqualTo(ApiClient.MAPPER.readTree(cli));
            }
        }
    }
}
