package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.block.TextBlock;
import org.junit.jupiter.api.Test;

/** Which blocks {@link TeaserItems} takes for a teaser stream, and what that does to the region. */
class TeaserItemsTest {

    private static final String SUMMARY = "The committee heard from residents and engineers for most of the"
            + " evening, and a decision on the money is expected before the end of the month, officials said.";

    private static String item(String headline) {
        return "<li class=item><h3><a href=/x>" + headline + "</a></h3><p>" + SUMMARY + "</p></li>";
    }

    private static String stream(int items) {
        StringBuilder sb = new StringBuilder("<ul class=stream>");
        for (int i = 0; i < items; i++) {
            sb.append(item("Story number " + i + " of the day"));
        }
        return sb.append("</ul>").toString();
    }

    // A news article followed by a stream of eight linked headlines with summaries: together the
    // summaries hold more prose than the article itself.
    private static final String ARTICLE_WITH_STREAM = "<body><div class=page><div class=story>"
            + "<h1>Council backs the river wall</h1>" + RegionSelectorTest.PROSE + "</div>"
            + "<div class=more><h2>Recommended for you</h2>" + stream(8) + "</div></div></body>";

    @Test
    void headlinesWithSummariesInARunAreAStream() {
        SegmentedPage page = SegmentedPage.of(ARTICLE_WITH_STREAM);

        boolean[] inStream = TeaserItems.blocksIn(page.tree());

        for (TextBlock b : page.tree().blocks()) {
            assertThat(inStream[b.index()]).as(b.text()).isEqualTo(b.owner().closest("li.item") != null);
        }
    }

    @Test
    void theStreamDoesNotOutweighTheArticle() {
        SegmentedPage page = SegmentedPage.of(ARTICLE_WITH_STREAM);

        assertThat(page.region().roots()).containsExactly(page.element("div.story"));
    }

    // Sections of one article, each under an unlinked heading: the page's own text.
    @Test
    void sectionsUnderUnlinkedHeadingsAreNoStream() {
        String section = "<section class=part><h3>What the plan says</h3><p>" + SUMMARY + "</p></section>";
        SegmentedPage page = SegmentedPage.of("<body><article>" + section.repeat(4) + "</article></body>");

        boolean[] inStream = TeaserItems.blocksIn(page.tree());

        assertThat(inStream).containsOnly(false);
    }
}
