package dev.pith.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies arrive whole on both sides of the size up to which the server reads a declared
 * length into one array allocated in advance (1 MiB), and when no length is declared (chunked):
 * the sentence at the very end of each page is in the answer.
 */
class RequestBodyTest {

    private static final int MIB = 1024 * 1024;
    private static final String HEAD = "<html><head><title>Body sizes</title></head><body><article>"
            + "<h1>Body sizes</h1><p>The first paragraph of an article long enough to be kept as the "
            + "main text of the page, with a few more words to make it a real paragraph.</p>";
    private static final String LAST = "The last sentence of the article marks where the body ends.";
    private static final String TAIL = "<p>" + LAST + "</p></article></body></html>";

    private static PithServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PithServer.start(ServerSettings.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A page of exactly {@code size} bytes: the article, padded in the middle with a comment. */
    private static byte[] page(int size) {
        int padding = size - HEAD.length() - TAIL.length() - "<!---->".length();
        return (HEAD + "<!--" + "x".repeat(padding) + "-->" + TAIL).getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest
    @ValueSource(ints = {MIB - 1, MIB, MIB + 1, 3 * MIB})
    void aBodyOfDeclaredLengthArrivesWhole(int size) throws Exception {
        byte[] body = page(size);
        assertThat(body).hasSize(size);
        ApiClient.Answer a = new ApiClient(server.uri()).post("/v1/extract", "text/html", body);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("text").asText()).endsWith(LAST);
    }

    @ParameterizedTest
    @ValueSource(ints = {MIB - 1, MIB + 1})
    void aChunkedBodyArrivesWhole(int size) throws Exception {
        byte[] body = page(size);
        HttpRequest chunked = HttpRequest.newBuilder(server.uri().resolve("/v1/extract"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ApiClient.MAPPER.readTree(r.body()).path("text").asText()).endsWith(LAST);
    }
}
