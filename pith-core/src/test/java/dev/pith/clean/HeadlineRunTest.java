package dev.pith.clean;

import static dev.pith.clean.LineFixtures.kept;
import static dev.pith.clean.LineFixtures.labelled;
import static dev.pith.clean.LineFixtures.prose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link HeadlineRun} keeps a short article right below its repeated headline when the main
 * region settled elsewhere, and stays out of the way when the main region starts at the headline.
 */
class HeadlineRunTest {

    private static final String TEN_WORDS = "The council met on Tuesday to discuss the river wall. ";

    private static Line headline() {
        Line line = labelled(LineLabel.BOILERPLATE, "Council votes to rebuild the river wall");
        line.role = LineRole.HEADLINE;
        return line;
    }

    @Test
    void aShortArticleBelowTheHeadlineIsKeptBesideALongerBlockElsewhere() {
        Line article = prose(TEN_WORDS, 2); // too short to be kept outside the region on its own
        List<Line> lines = new ArrayList<>(List.of(headline(), labelled(LineLabel.BOILERPLATE, "12 June 2024"), article));
        for (int i = 0; i < MainRegionRule.LEAD_REACH + 2; i++) {
            lines.add(labelled(LineLabel.BOILERPLATE, "Subscribe to our newsletter " + i));
        }
        Line form = prose(TEN_WORDS, 20); // the article scores under the 30% a second region needs
        lines.add(form);
        new MainRegionRule().keep(lines, "");

        assertThat(form.kept).isTrue();
        assertThat(article.kept).isTrue();
    }

    @Test
    void nothingIsAddedWhenTheMainRegionOpensBelowTheHeadlineOrHoldsIt() {
        Line teaser = labelled(LineLabel.NEAR_GOOD, "Another story about the town hall that readers liked this week.");
        List<Line> opens = kept(headline(), prose(TEN_WORDS, 6), labelled(LineLabel.SHORT, "Most read"),
                labelled(LineLabel.BOILERPLATE, "Share this article"), labelled(LineLabel.BOILERPLATE, "Subscribe now"), teaser);

        assertThat(HeadlineRun.below(opens, MainRegionRule.bestSegment(opens, 0, opens.size()))).isEqualTo(MainRegionRule.Segment.NONE);
        assertThat(teaser.kept).isFalse();
    }

    @Test
    void aMenuBelowTheHeadlineScoresTooLittleToBeKept() {
        Line menu = labelled(LineLabel.SHORT, "Politics");
        kept(headline(), menu, labelled(LineLabel.SHORT, "Sport"), labelled(LineLabel.BOILERPLATE, "Log in"),
                labelled(LineLabel.BOILERPLATE, "Subscribe"), labelled(LineLabel.BOILERPLATE, "Newsletter"), prose(TEN_WORDS, 6));

        assertThat(menu.kept).isFalse();
    }
}
