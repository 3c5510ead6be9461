package dev.pith.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Server-side fetching with --allow-fetch: a local test site stands for the public web (its
 * one address, 127.0.0.1, is trusted); every other private, loopback, link-local or metadata
 * address is refused before any connection is made, also when a redirect leads there. No test
 * sends traffic beyond loopback: refused addresses are never contacted.
 */
class FetchSafetyTest {

    static TestSite site;
    static PithServer open;
    static PithServer strict;

    @BeforeAll
    static void start() throws Exception {
        site = new TestSite();
        open = PithServer.start(ServerSettings.defaults().withPort(0)
                .withFetch(true, LimitsTest.QUICK_FETCH, Set.of(InetAddress.getByName("127.0.0.1"))));
        strict = PithServer.start(ServerSettings.defaults().withPort(0)
                .withFetch(true, LimitsTest.QUICK_FETCH, Set.of()));
    }

    @AfterAll
    static void stop() {
        open.close();
        strict.close();
        site.close();
    }

    private static ApiClient.Answer fetch(PithServer server, String url) throws Exception {
        return new ApiClient(server.uri()).postJson("/v1/extract", Map.of("url", url));
    }

    @Test
    void fetchesAPageFromAnAllowedHost() throws Exception {
        ApiClient.Answer a = fetch(open, site.url("/article"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("title").asText()).isEqualTo("Local news");
        assertThat(a.json().get("url").asText()).isEqualTo(site.url("/article"));
    }

    @Test
    void refusesLoopbackPrivateAndMetadataAddresses() throws Exception {
        for (String url : new String[] {site.url("/article"), "http://[::1]:9/", "http://169.254.169.254/latest/",
                "http://10.0.0.1/", "http://192.168.1.1/", "http://[fd00:ec2::254]/", "http://0.0.0.0:9/",
                "http://[::ffff:127.0.0.1]:9/"}) {
            ApiClient.Answer a = fetch(strict, url);
            assertThat(a.status()).as(url).isEqualTo(403);
            assertThat(a.error()).as(url).isEqualTo("address_refused");
        }
    }

    @Test
    void refusesANameThatResolvesToAPrivateAddress() throws Exception {
        ApiClient.Answer a = fetch(strict, "http://localhost:9/");
        assertThat(a.error()).isEqualTo("address_refused");
        assertThat(a.json().get("message").asText()).contains("localhost resolves to");
    }

    @Test
    void refusesARedirectToAPrivateAddress() throws Exception {
        for (String target : new String[] {"http://169.254.169.254/latest/meta-data/", "http://[::1]:9/",
                "http://10.1.2.3/admin"}) {
            ApiClient.Answer a = fetch(open, site.url("/redirect?to=" + target));
            assertThat(a.status()).as(target).isEqualTo(403);
            assertThat(a.error()).as(target).isEqualTo("address_refused");
        }
    }

    @Test
    void obeysRobotsTxt() throws Exception {
        ApiClient.Answer a = fetch(open, site.url("/private"));
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.error()).isEqualTo("robots_disallowed");
    }

    @Test
    void refusesPagesThatAreNotHtml() throws Exception {
        ApiClient.Answer a = fetch(open, site.url("/pdf"));
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.error()).isEqualTo("not_html");
    }

    @Test
    void refusesOtherSchemes() throws Exception {
        assertThat(fetch(open, "file:///etc/passwd").error()).isEqualTo("bad_field");
    }
}
