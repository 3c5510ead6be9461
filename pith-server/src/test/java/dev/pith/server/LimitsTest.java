package dev.pith.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.batch.io.fetch.FetchSettings;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The time budget answers 504 and frees the worker; a full pool answers 503 at once. */
class LimitsTest {

    static final FetchSettings QUICK_FETCH = ServerSettings.DEFAULT_FETCH.withHostDelay(Duration.ZERO);

    @Test
    void anExtractionOverItsBudgetIs504AndTheWorkerComesBack() throws Exception {
        ServerSettings settings = ServerSettings.defaults().withPort(0).withPool(1, 0)
                .withLimits(ServerSettings.DEFAULT_MAX_BODY_BYTES, Duration.ofMillis(1), 10);
        StringBuilder page = new StringBuilder("<html><body>");
        for (int i = 0; i < 20_000; i++) {
            page.append("<div class='c").append(i % 7).append("'><p>Paragraph ").append(i)
                    .append(" with a few words of text in it.</p></div>");
        }
        byte[] big = page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
        try (PithServer server = PithServer.start(settings)) {
            ApiClient api = new ApiClient(server.uri());
            ApiClient.Answer a = api.post("/v1/extract", "text/html", big);
            assertThat(a.status()).isEqualTo(504);
            assertThat(a.error()).isEqualTo("timeout");
            // the single worker is free again: a second request is not refused as overloaded
            assertThat(api.post("/v1/extract", "text/html", big).error()).isEqualTo("timeout");
        }
    }

    @Test
    void aFullPoolAnswers503() throws Exception {
        try (TestSite site = new TestSite()) {
            ServerSettings settings = ServerSettings.defaults().withPort(0).withPool(1, 0)
                    .withFetch(true, QUICK_FETCH, Set.of(InetAddress.getByName("127.0.0.1")));
            try (PithServer server = PithServer.start(settings)) {
                ApiClient api = new ApiClient(server.uri());
                CompletableFuture<ApiClient.Answer> held = api.postJsonAsync("/v1/extract",
                        Map.of("url", site.url("/hold")));
                assertThat(site.holdArrived.await(20, TimeUnit.SECONDS)).isTrue();
                ApiClient.Answer refused = api.post("/v1/extract", "text/html",
                        TestSite.ARTICLE.getBytes(StandardCharsets.UTF_8));
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.error()).isEqualTo("overloaded");
                site.holdRelease.countDown();
                assertThat(held.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        }
    }
}
