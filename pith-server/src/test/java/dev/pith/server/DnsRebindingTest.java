package dev.pith.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pith.batch.io.fetch.FetchSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a fetch connects to the address its check approved, never to a later DNS
 * answer. The names below ({@code .test}, which no real DNS resolves) are known only to the
 * test's own resolver, so a fetch that reaches the local test site through one of them proves
 * the connection used the approved address and did not resolve the name again.
 */
class DnsRebindingTest {

    private static final String LOCAL_SITE = "127.0.0.1";
    /** A loopback address that is not trusted: where a rebound name points. */
    private static final String INTERNAL = "127.0.0.2";
    private static final FetchSettings NO_ROBOTS = LimitsTest.QUICK_FETCH.withRobots(false);

    /** Answers for names the test makes up; each lookup answers the next address in line. */
    private final Map<String, List<String>> answers = new ConcurrentHashMap<>();
    private final List<String> lookups = new CopyOnWriteArrayList<>();
    private TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private InetAddress[] resolve(String host) throws UnknownHostException {
        lookups.add(host);
        List<String> line = answers.get(host);
        if (line == null) {
            throw new UnknownHostException(host);
        }
        String next = line.size() > 1 ? line.remove(0) : line.get(0);
        return new InetAddress[] {InetAddress.getByName(next)};
    }

    private PageFetch fetcher(FetchSettings settings) throws UnknownHostException {
        return new PageFetch(settings, new AddressPolicy(Set.of(InetAddress.getByName(LOCAL_SITE)), this::resolve));
    }

    /** The test site's URL for {@code path}, under another host name. */
    private String at(String host, String path) {
        return site.url(path).replace(LOCAL_SITE, host);
    }

    @Test
    void aNameThatTurnsPrivateAfterItsCheckStillReachesTheCheckedAddress() throws Exception {
        answers.put("news.test", new CopyOnWriteArrayList<>(List.of(LOCAL_SITE, INTERNAL)));
        PageFetch fetch = fetcher(NO_ROBOTS);

        PageFetch.Page page = fetch.fetch(at("news.test", "/article"));

        assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Local news");
        assertThat(lookups).containsExactly("news.test");
        // the next fetch is checked again, sees the private answer and is refused
        ApiError refused = catchThrowableOfType(() -> fetch.fetch(at("news.test", "/article")), ApiError.class);
        assertThat(refused.code()).isEqualTo("address_refused");
        assertThat(refused.getMessage()).contains(INTERNAL);
    }

    @Test
    void robotsTxtAndThePageEachConnectToTheirCheckedAddress() throws Exception {
        answers.put("news.test", new CopyOnWriteArrayList<>(List.of(LOCAL_SITE)));
        PageFetch.Page page = fetcher(LimitsTest.QUICK_FETCH).fetch(at("news.test", "/article"));
        assertThat(page.url()).isEqualTo(at("news.test", "/article"));
        assertThat(lookups).containsOnly("news.test").hasSize(2);
    }

    @Test
    void aRedirectHopIsPinnedToItsOwnCheckedAddress() throws Exception {
        answers.put("news.test", new CopyOnWriteArrayList<>(List.of(LOCAL_SITE)));
        answers.put("mirror.test", new CopyOnWriteArrayList<>(List.of(LOCAL_SITE, INTERNAL)));
        String hop = at("mirror.test", "/article");

        PageFetch.Page page = fetcher(NO_ROBOTS).fetch(at("news.test", "/redirect?to=" + hop));

        assertThat(page.url()).isEqualTo(hop);
        assertThat(lookups).containsExactly("news.test", "mirror.test");
    }

    @Test
    void aRedirectToANameThatResolvesPrivateIsRefused() throws Exception {
        answers.put("news.test", new CopyOnWriteArrayList<>(List.of(LOCAL_SITE)));
        answers.put("intranet.test", new CopyOnWriteArrayList<>(List.of(INTERNAL)));

        ApiError refused = catchThrowableOfType(() -> fetcher(NO_ROBOTS)
                .fetch(at("news.test", "/redirect?to=" + at("intranet.test", "/article"))), ApiError.class);

        assertThat(refused.code()).isEqualTo("address_refused");
        assertThat(refused.getMessage()).contains("intranet.test resolves to " + INTERNAL);
    }

    @Test
    void aHostNeverCheckedIsNeverConnected() {
        PinnedRoutes routes = new PinnedRoutes(new AddressPolicy(Set.of(), this::resolve));
        var proxy = routes.select(java.net.URI.create("http://unchecked.test/"));
        assertThat(proxy.get(0).address().toString()).contains(PinnedRoutes.UNAPPROVED);
        assertThat(lookups).isEmpty();
    }
}
