package dev.pith.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AncestorsTest {

    private final Document doc = Jsoup.parse("<div id=a><ul id=b><li id=c><span id=d>x</span></li></ul></div><p id=e>y</p>");

    private Element byId(String id) {
        return doc.getElementById(id);
    }

    @Test
    void closestFindsTheElementItselfOrItsNearestAncestorWithTheTag() {
        assertThat(Ancestors.closest(byId("d"), "li")).isSameAs(byId("c"));
        assertThat(Ancestors.closest(byId("c"), "li")).isSameAs(byId("c"));
        assertThat(Ancestors.closest(byId("d"), Set.of("ul", "ol"))).isSameAs(byId("b"));
        assertThat(Ancestors.closest(byId("e"), "li")).isNull();
    }

    @Test
    void anElementIsWithinItselfAndItsAncestorsOnly() {
        assertThat(Ancestors.isWithin(byId("d"), byId("a"))).isTrue();
        assertThat(Ancestors.isWithin(byId("a"), byId("a"))).isTrue();
        assertThat(Ancestors.isWithin(byId("a"), byId("d"))).isFalse();
        assertThat(Ancestors.isWithin(byId("e"), byId("a"))).isFalse();
        assertThat(Ancestors.isWithin(byId("d"), Set.of(byId("b"), byId("e")))).isTrue();
        assertThat(Ancestors.isWithin(byId("e"), Set.of(byId("b")))).isFalse();
    }
}
