package dev.pith.prune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.util.TextMetrics;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class TextSizesTest {

    /** A page whose wrappers hold more elements than are remembered, and small ones that are not. */
    private static Element page() {
        StringBuilder html = new StringBuilder("<body><div id=outer><div id=inner>");
        for (int i = 0; i < TextSizes.REMEMBERED_ELEMENTS + 10; i++) {
            html.append("<p>Paragraph ").append(i).append(" <b>bold</b></p><span>aside ").append(i).append("</span>");
        }
        html.append("</div><div id=small><p>tail  text</p>x</div></div></body>");
        return Jsoup.parse(html.toString()).body();
    }

    private static int chars(Element e) {
        int n = 0;
        for (TextNode t : e.textNodes()) {
            n += TextMetrics.normalisedLength(t.getWholeText());
        }
        for (Element c : e.children()) {
            n += chars(c);
        }
        return n;
    }

    private static int prose(Element e) {
        int n = 0;
        for (Element c : e.children()) {
            n += c.normalName().equals("p") ? chars(c) : prose(c);
        }
        return n;
    }

    private static void assertMeasuresRightInAnyOrder(List<String> ids) {
        Element body = page();
        TextSizes sizes = new TextSizes(body, PageSurvey.of(body));
        for (String id : ids) {
            Element e = body.getElementById(id);
            assertThat(sizes.of(e)).as(id).isEqualTo(chars(e));
            assertThat(sizes.proseOf(e)).as(id).isEqualTo(prose(e));
        }
        assertThat(sizes.of(body)).isEqualTo(chars(body));
    }

    @Test
    void measuresNestedElementsAskedInnerFirst() {
        assertMeasuresRightInAnyOrder(List.of("small", "inner", "outer", "inner", "small"));
    }

    @Test
    void measuresNestedElementsAskedOuterFirst() {
        assertMeasuresRightInAnyOrder(List.of("outer", "inner", "small", "outer"));
    }

    @Test
    void furnitureMeasuredByTheSurveyMatchesAMeasureOfItsOwn() {
        Element body = Jsoup.parse("<body><div class=sidebar id=a>one <p>two <b>three</b></p>"
                + "<nav id=b><p>four</p> five</nav></div>"
                + "<p>Story <span class=share id=c>share <i>this</i></span> text.</p>"
                + "<footer id=d><div class=related id=e><p>six</p></div></footer></body>").body();
        PageSurvey survey = PageSurvey.of(body);
        assertThat(survey.furnitureSizes()).hasSize(4);
        TextSizes sizes = new TextSizes(body, survey);
        for (String id : List.of("a", "b", "c", "d", "e")) {
            Element e = body.getElementById(id);
            assertThat(sizes.of(e)).as(id).isEqualTo(chars(e));
            assertThat(sizes.proseOf(e)).as(id).isEqualTo(prose(e));
        }
    }
}
