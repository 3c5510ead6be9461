package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiverHeadlineRuleTest {

    private static final String[] TITLES = {
        "Harbour wall to be rebuilt before the autumn tides",
        "Ferry timetable changes for the winter months",
        "Beach cleaning day draws record crowd of volunteers",
        "New lifeboat station opens on the north quay",
        "Fish market moves to the old customs house"};

    /** Stories as an older front page sets them: a linked title line, a date line, a summary. */
    private static String river(int stories) {
        StringBuilder html = new StringBuilder();
        for (int s = 0; s < stories; s++) {
            html.append("<div class=story><div class=headline><a href=/s").append(s).append('>').append(TITLES[s])
                    .append("</a></div><div class=dateline>").append(s + 3).append(" March - Town</div>")
                    .append(summary(s)).append("</div>");
        }
        return html.toString();
    }

    private static String summary(int s) {
        return "<p>The council said on day " + s + " that the work will go ahead as planned this year, and residents"
                + " who live along the front were asked to share their views at meeting number " + s + " next week.</p>";
    }

    @Test
    void linkedTitlesOfARiverOfStoriesStay() {
        String html = page("en", river(5));
        assertThat(verdict(html, TITLES[0])).isEmpty();
        assertThat(verdict(html, TITLES[4])).isEmpty();
    }

    @Test
    void linkedTeasersBelowAnArticleStillGo() {
        String html = page("en", "<h1>Harbour wall</h1>" + PROSE + PROSE + river(3));
        assertThat(verdict(html, TITLES[0])).isEqualTo("link-list");
    }

    @Test
    void aCardsButtonBeforeTheNextCardsSummaryGoes() {
        StringBuilder cards = new StringBuilder("<div class=grid>");
        for (int c = 0; c < 5; c++) {
            cards.append("<div class=card><div class=card-title>").append(TITLES[c]).append("</div>").append(summary(c))
                    .append("<div class=button><a href=/c").append(c).append(">Read story ").append(c).append("</a></div></div>");
        }
        String html = page("en", cards.append("</div>").toString());
        assertThat(verdict(html, "Read story 1")).isEqualTo("link-list");
    }
}
