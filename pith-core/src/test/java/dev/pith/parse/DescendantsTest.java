package dev.pith.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The first element with a tag in a subtree, in document order, the root included. */
class DescendantsTest {

    private static Element div(String html) {
        return Jsoup.parseBodyFragment(html).selectFirst("div");
    }

    @Test
    void firstMatchInDocumentOrderIsFound() {
        Element root = div("<div><section><h1></h1></section><p><h1>Headline</h1></p><h1>Later</h1></div>");
        assertThat(Descendants.first(root, "h1", h1 -> !h1.text().isBlank()).text()).isEqualTo("Headline");
    }

    @Test
    void rootItselfCounts() {
        Element root = div("<div><p>text</p></div>");
        assertThat(Descendants.first(root, "div", e -> true)).isSameAs(root);
    }

    @Test
    void elementsAfterTheRootAreNotSearched() {
        Element root = div("<div><p>inside</p></div><h1>outside</h1>");
        assertThat(Descendants.first(root, "h1", e -> true)).isNull();
        assertThat(Descendants.first(root, "p", e -> true).text()).isEqualTo("inside");
    }
}
