package dev.pith.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.Pith;
import dev.pith.render.Format;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /v1/clean}, {@code /v1/dedup}, {@code /healthz} and {@code /metrics} over real HTTP. */
class CleanDedupApiTest {

    static final String TEXT = "Bridge reopens after repairs\nHome | News | Sport | Weather\n"
            + "The bridge over the river reopened on Monday after three months of repairs, the council said, and"
            + " walkers were the first to cross it in the morning sun.\n"
            + "Engineers replaced two supports damaged in the spring floods and added new railings along the"
            + " whole length of the footpath.\nSubscribe to our newsletter\n";
    static final int MAX_DOCS = 5;

    static PithServer server;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = PithServer.start(ServerSettings.defaults().withPort(0)
                .withLimits(ServerSettings.DEFAULT_MAX_BODY_BYTES, ServerSettings.DEFAULT_TIME_BUDGET, MAX_DOCS));
        api = new ApiClient(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void cleansPlainTextAsTheCommandLineDoes() throws Exception {
        ApiClient.Answer a = api.post("/v1/clean", "text/plain; charset=utf-8", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json()).isEqualTo(ApiClient.MAPPER.readTree(Pith.render(Pith.clean(TEXT), Format.JSON)));
        assertThat(a.json().get("text").asText()).contains("bridge over the river").doesNotContain("Subscribe");
    }

    @Test
    void cleanRespectsTheCharsetAndTakesJson() throws Exception {
        String text = TEXT.replace("Bridge reopens", "Café reopens");
        ApiClient.Answer latin = api.post("/v1/clean", "text/plain; charset=ISO-8859-1",
                text.getBytes(Charset.forName("ISO-8859-1")));
        assertThat(latin.json().get("title").asText()).startsWith("Café");
        ApiClient.Answer json = api.postJson("/v1/clean", Map.of("text", text, "url", "https://news.example/a"));
        assertThat(json.json().get("url").asText()).isEqualTo("https://news.example/a");
        assertThat(api.postJson("/v1/clean", Map.of("url", "x")).error()).isEqualTo("missing_field");
        assertThat(api.post("/v1/clean", "image/png", new byte[] {1}).status()).isEqualTo(415);
        assertThat(api.post("/v1/clean", "text/plain", new byte[] {0, 1, 2, 3, 4, 5, 6, 7}).error())
                .isEqualTo("not_text");
    }

    @Test
    void dedupClustersNearDuplicates() throws Exception {
        String body = TEXT.repeat(3);
        List<Map<String, Object>> docs = List.of(
                Map.of("id", "a", "text", body),
                Map.of("id", "b", "text", body.replace("Monday", "Tuesday")),
                Map.of("id", "c", "text", "A completely different story about a cat that learned to open doors"
                        + " and now lets itself into every kitchen on the street, to the neighbours' delight."));
        ApiClient.Answer a = api.postJson("/v1/dedup", Map.of("documents", docs));
        assertThat(a.status()).isEqualTo(200);
        JsonNode out = a.json();
        assertThat(out.get("documents")).hasSize(3);
        assertThat(out.get("clusters")).hasSize(1);
        assertThat(out.at("/clusters/0/members")).extracting(JsonNode::asText).containsExactlyInAnyOrder("a", "b");
        assertThat(out.at("/documents/2/cluster_size").asInt()).isEqualTo(1);
    }

    @Test
    void dedupRefusesBadBatches() throws Exception {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i <= MAX_DOCS; i++) {
            many.add(Map.of("id", i, "text", "text " + i));
        }
        ApiClient.Answer big = api.postJson("/v1/dedup", Map.of("documents", many));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.error()).isEqualTo("batch_too_large");
        assertThat(api.postJson("/v1/dedup", Map.of("docs", List.of())).error()).isEqualTo("missing_field");
        assertThat(api.postJson("/v1/dedup", Map.of("documents", List.of(Map.of("id", "a")))).error())
                .isEqualTo("missing_field");
        assertThat(api.postJson("/v1/dedup", Map.of("documents", List.of(Map.of("id", "a", "text", "x"),
                Map.of("id", "a", "text", "y")))).error()).isEqualTo("bad_field");
    }

    @Test
    void healthAndMetrics() throws Exception {
        ApiClient.Answer health = api.get("/healthz");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
        api.post("/v1/clean", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8));
        api.post("/v1/clean", "image/png", new byte[] {1});
        ApiClient.Answer metrics = api.get("/metrics");
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("pith_http_requests_seconds_count{method=\"POST\",route=\"/v1/clean\",status=\"200\"}")
                .contains("pith_http_errors_total{code=\"unsupported_media_type\"}")
                .contains("pith_workers_busy").contains("jvm_memory_used_bytes");
    }
}
