package dev.pith.batch.io.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pith.batch.io.ErrorCode;
import dev.pith.batch.io.InputError;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FetcherTest {

    private static final Duration READ = Duration.ofSeconds(3);

    static LocalSite site;
    static Fetcher fetcher;

    static FetchSettings testSettings() {
        return new FetchSettings("pith-test/1.0", Duration.ofSeconds(2), Duration.ofSeconds(3), 3, 1024 * 1024,
                Duration.ofMillis(1), true, 8);
    }

    @BeforeAll
    static void start() throws Exception {
        site = new LocalSite();
        fetcher = new Fetcher(testSettings());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String fetchText(String path) throws InputError {
        return new String(fetcher.fetch(site.url(path)).body(), StandardCharsets.UTF_8);
    }

    private static String error(String path) {
        try {
            fetcher.fetch(site.url(path));
            return "no error";
        } catch (InputError e) {
            return e.getMessage();
        }
    }

    @Test
    void fetchesAPageWithItsContentType() throws Exception {
        Fetcher.Fetched page = fetcher.fetch(site.url("/page/1"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("page1 story");
    }

    @Test
    void asksTheAddressCheckBeforeEveryHopAndRobotsTxt() throws Exception {
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        Fetcher checked = new Fetcher(testSettings(), uri -> {
            asked.add(uri.getPath());
            if (uri.getPath().equals("/page/redirected")) {
                throw new InputError(ErrorCode.FORBIDDEN, "refused: " + uri.getPath());
            }
        });
        assertThatThrownBy(() -> checked.fetch(site.url("/redirect/1")))
                .isInstanceOf(InputError.class).hasMessage("refused: /page/redirected");
        assertThat(asked).containsSubsequence("/redirect/1", "/redirect/0", "/page/redirected")
                .contains("/robots.txt");
    }

    @Test
    void followsRedirectsUpToTheLimit() throws Exception {
        Fetcher.Fetched page = fetcher.fetch(site.url("/redirect/2"));
        assertThat(page.url()).endsWith("/page/redirected");
        assertThat(error("/redirect/9")).isEqualTo("too many redirects (more than 3)");
    }

    @Test
    void decodesGzipAndDeflate() throws Exception {
        assertThat(fetchText("/gzip")).contains("zipped story");
        assertThat(fetchText("/deflate")).contains("deflated story");
    }

    @Test
    void reportsEachKindOfFailure() {
        assertThat(error("/status/404")).isEqualTo("HTTP 404");
        assertThat(error("/status/503")).isEqualTo("HTTP 503");
        assertThat(error("/pdf")).isEqualTo("not HTML: application/pdf");
        assertThat(error("/big")).startsWith("response larger than 1 MB");
        assertThat(error("/big-chunked")).isEqualTo("response larger than 1 MB");
        assertThat(error("/slow")).isEqualTo("no response within the read timeout of 3 s");
        assertThat(error("/private/secret")).isEqualTo("blocked by robots.txt");
    }

    @Test
    void aClosedPortIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/x";
        // robots.txt is unreachable too, for the same reason: the error says that reason
        assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOf(InputError.class)
                .hasMessage("connection refused: 127.0.0.1:" + port)
                .satisfies(e -> assertThat(((InputError) e).code()).isEqualTo(ErrorCode.NETWORK));
        Fetcher noRobots = new Fetcher(testSettings().withRobots(false));
        assertThatThrownBy(() -> noRobots.fetch(url)).hasMessageStartingWith("connection refused: 127.0.0.1:" + port);
    }

    @Test
    void aHostWhoseNameDoesNotResolveIsADnsErrorNotARobotsOne() {
        assertThatThrownBy(() -> fetcher.fetch("http://nosuchhost-pith.invalid/x")).isInstanceOf(InputError.class)
                .hasMessage("cannot resolve nosuchhost-pith.invalid")
                .satisfies(e -> assertThat(((InputError) e).code()).isEqualTo(ErrorCode.DNS));
    }

    @Test
    void aRobotsTxtThatNeverAnswersIsAskedOnceAndTheErrorNamesTheReadTimeout() throws Exception {
        try (LocalSite slow = new LocalSite("", 200, LocalSite.SLOW_MILLIS)) {
            assertThatThrownBy(() -> fetcher.fetch(slow.url("/page/1"))).isInstanceOf(InputError.class)
                    .hasMessage("blocked by robots.txt (robots.txt unreachable: no response within the read timeout of 3 s)")
                    .satisfies(e -> assertThat(((InputError) e).code()).isEqualTo(ErrorCode.ROBOTS));
            assertThat(slow.requests()).as("robots.txt asked once: a second try would double the wait").isEqualTo(1);
        }
    }

    @Test
    void robotsServerErrorsKeepTheFetcherOut() throws Exception {
        try (LocalSite down = new LocalSite("oops", 500)) {
            assertThatThrownBy(() -> fetcher.fetch(down.url("/page/1")))
                    .hasMessage("blocked by robots.txt (robots.txt unreachable: HTTP 500)");
        }
        try (LocalSite none = new LocalSite("", 404)) {
            assertThat(fetcher.fetch(none.url("/page/1")).status()).isEqualTo(200);
        }
    }

    @Test
    void badUrlsAreErrorsNotExceptions() {
        assertThatThrownBy(() -> fetcher.fetch("ftp://127.0.0.1/x")).isInstanceOf(InputError.class)
                .hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> fetcher.fetch("http://exa mple/")).isInstanceOf(InputError.class)
                .hasMessageContaining("invalid URL");
        assertThatThrownBy(() -> fetcher.fetch("http:///nohost")).isInstanceOf(InputError.class);
    }

    @Test
    void networkFailuresGetPlainMessages() {
        URI uri = URI.create("http://nowhere.invalid/");
        assertThat(Fetcher.describe(new ConnectException(), uri, READ).getMessage()).isEqualTo("connection refused: nowhere.invalid");
        InputError dns = Fetcher.describe(new java.io.IOException(new UnresolvedAddressException()), uri, READ);
        assertThat(dns.code().describe(dns.getMessage())).isEqualTo("dns: cannot resolve nowhere.invalid");
        assertThat(Fetcher.describe(new java.net.http.HttpConnectTimeoutException("x"), uri, READ).getMessage())
                .isEqualTo("connect timed out");
    }
}
