package dev.pith.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class UrlsTest {

    private static Element link(String href, String base) {
        Element link = new Element("link").attr("href", href);
        link.setBaseUri(base);
        return link;
    }

    @Test
    void answersCommonValuesWithoutABase() {
        assertThat(Urls.absolute(link("https://example.com/a?b=1#c", ""), "href")).isEqualTo("https://example.com/a?b=1#c");
        assertThat(Urls.absolute(link("/story/1", ""), "href")).isEmpty();
        assertThat(Urls.absolute(link("mailto:a@example.com", ""), "href")).isEqualTo(link("mailto:a@example.com", "").absUrl("href"));
    }

    @Test
    void resolvesAgainstABaseAsJsoupDoes() {
        assertThat(Urls.absolute(link("/story/1", "https://example.com/news/"), "href")).isEqualTo("https://example.com/story/1");
    }

    @Property(tries = 2000)
    void answersAsJsoupDoes(@ForAll("hrefs") String href) {
        for (String base : new String[] {"", "https://example.com/dir/page"}) {
            Element e = link(href, base);
            assertThat(Urls.absolute(e, "href")).as("%s on %s", href, base).isEqualTo(e.absUrl("href"));
        }
    }

    @Property(tries = 3000)
    void resolvesAttributesAsJsoupDoes(@ForAll("hrefs") String href) {
        for (String base : new String[] {"http://x/", "https://example.com/dir/page?q=1#top", "https://user@example.com:8080",
                "HTTPS://Example.com/a/../b/", "file:/tmp/a.html", "not a url", "http://x/\u0001a"}) {
            Element e = link(href, base);
            assertThat(Urls.resolvedAttr(e, "href", base)).as("%s on %s", href, base).isEqualTo(e.absUrl("href"));
        }
    }

    /** Bases Java or jsoup cannot take as they are: each answered as jsoup does, the last one kept or not. */
    @Property(tries = 1000)
    void resolvesAgainstOddBasesAsJsoupDoes(@ForAll("hrefs") String href) {
        for (String base : new String[] {"http://", "http:/x", "https://ex ample.com/a b/", "//example.com/a", "/a/b",
                "http://[::1]:8080/a", "http://x:99999/", "http://x:-1/", "https://example.com/a?b#c d", "unknown:x/y",
                "http://x/\u001fa", " http://x/", "http://x/ ", "http://x/", "http://x/", "jar:file:/a!/b"}) {
            Element e = link(href, base);
            assertThat(Urls.resolvedAttr(e, "href", base)).as("%s on %s", href, base).isEqualTo(e.absUrl("href"));
        }
    }

    @Test
    void resolvesAgainstEachBaseInTurn() {
        for (int i = 0; i < 3; i++) {
            assertThat(Urls.resolvedAttr(link("b", "http://x/a/"), "href", "http://x/a/")).isEqualTo("http://x/a/b");
            assertThat(Urls.resolvedAttr(link("b", "not a url"), "href", "not a url")).isEqualTo(link("b", "not a url").absUrl("href"));
            assertThat(Urls.resolvedAttr(link("b", "http://y/c"), "href", "http://y/c")).isEqualTo("http://y/b");
        }
    }

    @Test
    void resolvesNoAttributeToNothing() {
        Element e = new Element("a");
        e.setBaseUri("http://x/");
        assertThat(Urls.resolvedAttr(e, "href", "http://x/")).isEmpty();
    }

    /** URL-like values: schemes, hosts, paths, and the characters that trip parsers. */
    @Provide
    Arbitrary<String> hrefs() {
        Arbitrary<String> pieces = Arbitraries.of("http://", "https://", "HTTP://", "ftp:", "mailto:", "javascript:",
                "//", "/", ".", "#", "?", "example.com", "a", "[", "]", ":", " ", "\t", "\u0001", "%20", "é", "x=1", "@",
                "../", "./", "..", "/./", "/../");
        return pieces.list().ofMaxSize(6).map(list -> String.join("", list));
    }
}
