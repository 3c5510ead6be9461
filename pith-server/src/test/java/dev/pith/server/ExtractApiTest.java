package dev.pith.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.render.Format;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/extract} over real HTTP: both request forms, options, and every request error. */
class ExtractApiTest {

    static final Path EXAMPLE = Path.of("..", "examples", "news-article.html");
    static final String DAY = "2026-01-01";

    static PithServer server;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = PithServer.start(ServerSettings.defaults().withPort(0)
                .withLimits(64 * 1024, ServerSettings.DEFAULT_TIME_BUDGET, 10));
        api = new ApiClient(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static byte[] example() throws Exception {
        return Files.readAllBytes(EXAMPLE);
    }

    @Test
    void htmlBodyGivesTheRecordOfTheCommandLine() throws Exception {
        ApiClient.Answer a = api.post("/v1/extract?reference_date=" + DAY, "text/html", example());
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        String cli = Pith.render(Pith.extract(example(), null, null,
                ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.parse(DAY))), Format.JSON);
        assertThat(a.json()).isEqualTo(ApiClient.MAPPER.readTree(cli));
        assertThat(a.json().get("title").asText()).contains("sea wall");
    }

    @Test
    void answersSayWhereTheServersTimeWent() throws Exception {
        ApiClient.Answer extracted = api.post("/v1/extract", "text/html", example());
        assertThat(extracted.serverTiming()).matches(
                "read;dur=[0-9.]+, queue;dur=[0-9.]+, work;dur=[0-9.]+, cpu;dur=[0-9.]+, total;dur=[0-9.]+");
        // refused before any worker was asked: only the time in the server
        ApiClient.Answer refused = api.post("/v1/extract", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.serverTiming()).matches("total;dur=[0-9.]+");
    }

    @Test
    void jsonBodyTakesTheOptions() throws Exception {
        ApiClient.Answer a = api.postJson("/v1/extract", Map.of("html", new String(example(), StandardCharsets.UTF_8),
                "url", "https://courier.example/news/x", "format", "markdown", "focus", "recall", "explain", true));
        assertThat(a.status()).isEqualTo(200);
        JsonNode r = a.json();
        assertThat(r.get("url").asText()).isEqualTo("https://courier.example/news/x");
        assertThat(r.get("format").asText()).isEqualTo("markdown");
        assertThat(r.get("content").asText()).startsWith("---");
        JsonNode blocks = r.at("/explain/blocks");
        assertThat(blocks.isArray()).isTrue();
        assertThat(blocks).anySatisfy(b -> assertThat(b.get("kept").asBoolean()).isTrue());
        assertThat(blocks).anySatisfy(b -> {
            assertThat(b.get("kept").asBoolean()).isFalse();
            assertThat(b.get("rule").asText()).isNotEmpty();
        });
        assertThat(r.at("/explain/removals").isArray()).isTrue();
    }

    @Test
    void contentTypeCharsetIsRespected() throws Exception {
        String page = TestSite.ARTICLE.replace("Local news", "Café crème");
        Charset latin1 = Charset.forName("windows-1252");
        ApiClient.Answer a = api.post("/v1/extract", "text/html; charset=windows-1252", page.getBytes(latin1));
        assertThat(a.json().get("title").asText()).isEqualTo("Café crème");
    }

    @Test
    void badJsonIs400() throws Exception {
        ApiClient.Answer a = api.post("/v1/extract", "application/json", "{\"html\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.error()).isEqualTo("bad_json");
        assertThat(a.json().get("message").asText()).contains("not valid JSON");
    }

    @Test
    void missingOrWrongFieldsAre400() throws Exception {
        assertThat(api.postJson("/v1/extract", Map.of("focus", "recall")).error()).isEqualTo("missing_field");
        assertThat(api.postJson("/v1/extract", Map.of("html", "<p>x</p>", "focus", "loud")).error())
                .isEqualTo("bad_field");
        assertThat(api.postJson("/v1/extract", Map.of("html", 42)).error()).isEqualTo("bad_field");
        assertThat(api.postJson("/v1/extract", java.util.List.of("html")).error()).isEqualTo("bad_json");
    }

    @Test
    void otherMediaTypesAre415() throws Exception {
        ApiClient.Answer a = api.post("/v1/extract", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(415);
        assertThat(a.error()).isEqualTo("unsupported_media_type");
        assertThat(api.post("/v1/extract", null, example()).status()).isEqualTo(415);
    }

    @Test
    void bodiesWithoutMarkupAre422() throws Exception {
        ApiClient.Answer text = api.post("/v1/extract", "text/html", "just words".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(422);
        assertThat(text.error()).isEqualTo("not_html");
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, '<', 'p', '>'};
        assertThat(api.post("/v1/extract", "text/html", binary).status()).isEqualTo(422);
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        byte[] big = ("<p>" + "word ".repeat(30_000) + "</p>").getBytes(StandardCharsets.UTF_8);
        ApiClient.Answer a = api.post("/v1/extract", "text/html", big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.error()).isEqualTo("too_large");
    }

    @Test
    void fetchingIsOffByDefault() throws Exception {
        ApiClient.Answer a = api.postJson("/v1/extract", Map.of("url", "http://127.0.0.1:9/"));
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.error()).isEqualTo("fetch_disabled");
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() throws Exception {
        assertThat(api.get("/v1/extract").status()).isEqualTo(405);
        assertThat(api.get("/v1/extract").error()).isEqualTo("method_not_allowed");
        assertThat(api.get("/v1/nothing").status()).isEqualTo(404);
        assertThat(api.get("/v1/nothing").error()).isEqualTo("not_found");
    }
}
