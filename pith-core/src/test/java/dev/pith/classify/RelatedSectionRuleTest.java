package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelatedSectionRuleTest {

    /** A shop's carousel: each card a plain heading, a seller line and a price, linked by an empty overlay. */
    private static final String CAROUSEL = "<section class=recs><h2>Similar items</h2><ul>"
            + "<li><h3>Blue harbour rain jacket with hood, size medium</h3><span>Private seller</span><span>$12.40</span><a href=/1></a></li>"
            + "<li><h3>Green waxed fisherman coat, size large, barely worn</h3><span>Business</span><span>$30.10</span><a href=/2></a></li>"
            + "<li><h3>Yellow sailing oilskin trousers for children</h3><span>Private seller</span><span>$8.99</span><a href=/3></a></li>"
            + "</ul></section>";

    @Test
    void aCarouselUnderASimilarItemsHeadingGoes() {
        String html = page("en", "<h1>Harbour rain jacket</h1>" + PROSE + CAROUSEL);
        assertThat(verdict(html, "Green waxed fisherman coat")).isEqualTo("related-section");
        assertThat(verdict(html, "The council met")).isEmpty();
    }

    @Test
    void aPostWithARelatedHeadingAtItsFootKeepsItsText() {
        String post = "<div class=post><h2>Harbour news</h2><p>The harbour wall will be rebuilt before the tides, the council"
                + " said on Tuesday, and the ferry will keep its winter timetable while the work goes on.</p>"
                + "<h3>Related articles</h3><ul><li><a href=/a>Ferry timetable</a></li></ul></div>";
        String html = page("en", "<h1>Harbour blog</h1>" + PROSE + post + post.replace("Harbour news", "More news"));
        assertThat(verdict(html, "The harbour wall will be rebuilt")).isEmpty();
    }

    @Test
    void aSentenceOfTheArticleUnderARelatedHeadingStays() {
        String html = page("en", "<h1>Harbour wall</h1>" + PROSE + "<div class=more><h3>Related topics</h3>"
                + "<p>A detailed overview of the plans for the new harbour wall, with drawings and costs, is in the town"
                + " hall's library, where residents can read it on weekdays.</p>"
                + "<ul><li><a href=/a>Harbour plans</a></li><li><a href=/b>Council budget</a></li></ul></div>");
        assertThat(verdict(html, "A detailed overview")).isEmpty();
    }
}
