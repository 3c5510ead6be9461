package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** When {@link SiblingShape} takes two siblings for items of one run. */
class SiblingShapeTest {

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    // Blog archive entries: each carries its record number, category and tags as classes.
    @Test
    void itemsTaggedWithTheirNumberAndCategoriesHaveOneShape() {
        Element first = element("<div class='post-4711 post type-post category-travel tag-rome'></div>");
        Element second = element("<div class='post-4712 post type-post category-food'></div>");

        assertThat(SiblingShape.of(first)).isEqualTo(SiblingShape.of(second)).isEqualTo("div.post");
    }

    @Test
    void elementsOfOtherClassesOrTagsDiffer() {
        assertThat(SiblingShape.of(element("<div class=card></div>")))
                .isNotEqualTo(SiblingShape.of(element("<div class=banner></div>")))
                .isNotEqualTo(SiblingShape.of(element("<section class=card></section>")));
    }

    @Test
    void anElementWithoutAClassNameWithoutDigitsIsItsTag() {
        assertThat(SiblingShape.of(element("<li class='item-1 col-4'></li>"))).isEqualTo("li");
        assertThat(SiblingShape.of(element("<li></li>"))).isEqualTo("li");
    }

    @Test
    void withoutNumbersKeepsEveryClassNameThatHasNoDigit() {
        assertThat(SiblingShape.withoutNumbers(element("<article class='mod-article toi1 nid8F3K lead'></article>")))
                .isEqualTo("article.mod-article.lead");
        assertThat(SiblingShape.withoutNumbers(element("<div class='card wide'></div>")))
                .isNotEqualTo(SiblingShape.withoutNumbers(element("<div class='card'></div>")));
    }

    // A template whose block name holds a digit numbers nothing: its class names stay whole.
    @Test
    void classNamesThatAllHoldADigitStayWhole() {
        assertThat(SiblingShape.withoutNumbers(element("<div class='mosaic-2__card mosaic-2__card--wide'></div>")))
                .isEqualTo("div.mosaic-2__card mosaic-2__card--wide");
    }
}
