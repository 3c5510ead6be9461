package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which elements {@link EntryTitles} takes for the linked titles of a list of entries. */
class EntryTitlesTest {

    private static Set<Element> titles(SegmentedPage page) {
        AlikeChildren alike = AlikeChildren.of(page.tree());
        return EntryTitles.find(page.tree(), alike, SiblingMeasures.of(page.tree(), alike));
    }

    @Test
    void linkedTitlesEachOverItsOwnSummaryAreFound() {
        SegmentedPage page = SegmentedPage.of(TeaserCardsTest.BLOG_INDEX);

        assertThat(titles(page)).containsExactlyInAnyOrderElementsOf(page.elements("p.title"));
    }

    @Test
    void aCarouselOfCardsHasNoTitles() {
        SegmentedPage page = SegmentedPage.of(TeaserCardsTest.ARTICLE_WITH_CAROUSEL);

        assertThat(titles(page)).isEmpty();
    }

    // An article with a "read also" box between its paragraphs, three times: each box a label
    // over a linked headline. Alternating with prose, yet teasers of other pages, not titles.
    private static final String ARTICLE_WITH_INLINE_TEASERS = "<body><div class=story><h1>Council backs the river wall</h1>"
            + RegionSelectorTest.PROSE.replace("</p>", "</p>" + inlineTeaser())
            + "</div></body>";

    private static String inlineTeaser() {
        return "<div class=teaser><h3>News</h3><h3><a href=/x>Storm closes the mountain pass again</a></h3></div>";
    }

    @Test
    void labelledTeaserBoxesBetweenParagraphsAreNoTitles() {
        SegmentedPage page = SegmentedPage.of(ARTICLE_WITH_INLINE_TEASERS);

        assertThat(page.elements("div.teaser")).hasSizeGreaterThanOrEqualTo(EntryTitles.MIN_TITLES);
        assertThat(titles(page)).isEmpty();
    }
}
