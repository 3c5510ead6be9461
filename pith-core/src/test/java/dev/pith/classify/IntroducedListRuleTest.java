package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntroducedListRuleTest {

    private static final String LINKS = "<ul><li><a href=/a>University of Helsinki</a></li>"
            + "<li><a href=/b>Saylor Academy</a></li><li><a href=/c>Complexity Explorer</a></li></ul>";

    @Test
    void linkedPointsThatAParagraphAnnouncesWithAColonStay() {
        String html = page("en", "<h1>Free certificates</h1>" + PROSE
                + "<p>The following universities and companies also offer courses with free certificates:</p>"
                + LINKS + PROSE);
        assertThat(verdict(html, "Saylor Academy")).isEmpty();
    }

    @Test
    void aLabelWithAColonOverLinksIsNoIntroduction() {
        String html = page("en", "<h1>Free certificates</h1>" + PROSE + "<p>More information:</p>" + LINKS + PROSE);
        assertThat(verdict(html, "Saylor Academy")).isEqualTo(TeaserCardRule.NAME);
    }

    @Test
    void linksAfterAParagraphThatAnnouncesNothingGo() {
        String html = page("en", "<h1>Free certificates</h1>" + PROSE
                + "<p>The following universities and companies also offer courses with free certificates.</p>"
                + LINKS + PROSE);
        assertThat(verdict(html, "Saylor Academy")).isEqualTo(TeaserCardRule.NAME);
    }

    @Test
    void aPointThatAnnouncesItsSubPointsKeepsThem() {
        String html = page("en", "<h1>Free certificates</h1>" + PROSE + "<ul><li>Learn the basics of statistics first,"
                + " with courses from these providers:" + LINKS + "</li><li>Then practise on real data every week.</li></ul>" + PROSE);
        assertThat(verdict(html, "Saylor Academy")).isEmpty();
    }
}
