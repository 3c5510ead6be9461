package dev.pith.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The review page and its assets come from the server itself, under a policy that forbids inline script. */
class StaticPageTest {

    @Test
    void servesThePageAndItsAssetsWithAStrictPolicy() throws Exception {
        try (PithServer server = PithServer.start(ServerSettings.defaults().withPort(0))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(server.uri()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("default-src 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(page.body()).contains("/static/app.js").doesNotContainPattern("(src|href)=\"(https?:)?//");
            for (String asset : new String[] {"static/app.js", "static/app.css", "static/example.html"}) {
                HttpResponse<String> a = client.send(HttpRequest.newBuilder(server.uri().resolve(asset)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(a.statusCode()).as(asset).isEqualTo(200);
            }
            HttpResponse<Void> head = client.send(HttpRequest.newBuilder(server.uri())
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(head.statusCode()).isEqualTo(200);
            URI missing = server.uri().resolve("static/nothing.js");
            assertThat(client.send(HttpRequest.newBuilder(missing).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(404);
        }
    }
}
