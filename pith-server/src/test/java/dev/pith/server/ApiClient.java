package dev.pith.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Calls a running server over real HTTP with the JDK client; answers parsed as JSON. */
final class ApiClient {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer: its status, Content-Type, Server-Timing header ("" when none) and body. */
    record Answer(int status, String contentType, String serverTiming, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String error() {
            return json().path("error").asText();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    ApiClient(URI base) {
        this.base = base;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    Answer post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(request(path, contentType, body));
    }

    Answer postJson(String path, Object body) throws IOException, InterruptedException {
        return post(path, "application/json", MAPPER.writeValueAsBytes(body));
    }

    CompletableFuture<Answer> postJsonAsync(String path, Object body) throws IOException {
        return client.sendAsync(request(path, "application/json", MAPPER.writeValueAsBytes(body)),
                HttpResponse.BodyHandlers.ofString()).thenApply(ApiClient::answer);
    }

    private HttpRequest request(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b.build();
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        return answer(client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static Answer answer(HttpResponse<String> r) {
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Server-Timing").orElse(""), r.body());
    }
}
