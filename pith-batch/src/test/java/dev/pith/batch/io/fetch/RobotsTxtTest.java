package dev.pith.batch.io.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    private static boolean allows(RobotsTxt r, String path) {
        return r.allows(URI.create("http://h.test" + path));
    }

    @Test
    void ourOwnGroupWinsOverTheStarGroup() {
        RobotsTxt r = RobotsTxt.parse("""
                User-agent: *
                Disallow: /

                User-agent: Pith/2.0
                User-agent: other
                Disallow: /private # comment
                Crawl-delay: 2.5
                """, "pith");
        assertThat(allows(r, "/page")).isTrue();
        assertThat(allows(r, "/private/x")).isFalse();
        assertThat(r.crawlDelay()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void theLongestMatchDecidesAndAllowWinsATie() {
        RobotsTxt r = RobotsTxt.parse("""
                User-agent: *
                Disallow: /a
                Allow: /a/open
                Disallow: /*.pdf$
                Allow: /same
                Disallow: /same
                """, "pith");
        assertThat(allows(r, "/a/closed")).isFalse();
        assertThat(allows(r, "/a/open/x")).isTrue();
        assertThat(allows(r, "/doc.pdf")).isFalse();
        assertThat(allows(r, "/doc.pdf?x=1")).isTrue();
        assertThat(allows(r, "/same")).isTrue();
        assertThat(allows(r, "/b")).isTrue();
    }

    @Test
    void emptyDisallowAndNoGroupAllowEverything() {
        assertThat(allows(RobotsTxt.parse("User-agent: *\nDisallow:\n", "pith"), "/x")).isTrue();
        assertThat(allows(RobotsTxt.parse("User-agent: googlebot\nDisallow: /\n", "pith"), "/x")).isTrue();
        assertThat(allows(RobotsTxt.parse("\u0000garbage\n:::\n", "pith"), "/x")).isTrue();
    }

    @Test
    void robotsTxtItselfIsAlwaysAllowedAndCrawlDelayIsCapped() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /\nCrawl-delay: 99999\n", "pith");
        assertThat(allows(r, "/robots.txt")).isTrue();
        assertThat(allows(r, "/")).isFalse();
        assertThat(r.crawlDelay()).isEqualTo(RobotsTxt.MAX_CRAWL_DELAY);
    }
}
