package dev.pith.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AttrsTest {

    @Test
    void readsAttributesWrittenInAnyCaseThroughLowerCaseKeys() {
        Element div = HtmlParser.parse("<div CLASS=' Share bar ' Id=x ROLE=navigation Hidden>t</div>", "")
                .body().child(0);
        assertThat(Attrs.className(div)).isEqualTo(div.className()).isEqualTo("Share bar");
        assertThat(Attrs.id(div)).isEqualTo(div.id()).isEqualTo("x");
        assertThat(Attrs.value(div, "role")).isEqualTo(div.attr("role"));
        assertThat(Attrs.has(div, "hidden")).isEqualTo(div.hasAttr("hidden")).isTrue();
    }

    @Test
    void answersEmptyWithoutAttributes() {
        Element p = HtmlParser.parse("<p>text</p>", "").body().child(0);
        assertThat(Attrs.className(p)).isEmpty();
        assertThat(Attrs.value(p, "style")).isEmpty();
        assertThat(Attrs.has(p, "hidden")).isFalse();
        assertThat(p.attributesSize()).isZero();
    }

    @Test
    void readsClassesInsideSvg() {
        Element svg = HtmlParser.parse("<svg viewBox='0 0 1 1' CLASS=icon><g Class=share></g></svg>", "")
                .body().child(0);
        assertThat(Attrs.className(svg)).isEqualTo("icon");
        assertThat(Attrs.className(svg.child(0))).isEqualTo("share");
    }
}
