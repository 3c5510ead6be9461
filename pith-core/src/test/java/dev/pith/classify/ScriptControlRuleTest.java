package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptControlRuleTest {

    /** An embedded video player: its buttons run scripts, beside a title and a placeholder. */
    private static final String PLAYER = "<div class=player><div><a href='javascript:;'>Autoplay switch</a>"
            + " <span>Autoplay</span></div><h2><a href=/video/42>What a minute of voice messages is like</a></h2>"
            + "<table><tr><td>Loading the video now</td></tr></table>"
            + "<div><a href='javascript:;'>Previous</a> <a href='javascript:;'>Next</a></div></div>";

    @Test
    void theLabelOfAScriptButtonGoes() {
        String html = page("en", PROSE + "<div><a href='javascript:void(0)'>Autoplay switch</a> <span>on</span></div>"
                + PROSE);
        assertThat(verdict(html, "Autoplay switch")).isEqualTo("script-control");
    }

    @Test
    void aPlayerGoesWithItsTitleAndPlaceholder() {
        String html = page("en", PROSE + PLAYER + PROSE);
        assertThat(verdict(html, "Autoplay switch")).isEqualTo("script-control");
        assertThat(verdict(html, "What a minute")).isEqualTo("script-control");
        assertThat(verdict(html, "Loading the video")).isEqualTo("script-control");
    }

    @Test
    void aLinkThatLeadsSomewhereStays() {
        String html = page("en", PROSE + "<p><a href=/photos>Show all photos</a> of the storm.</p>" + PROSE);
        assertThat(verdict(html, "Show all photos")).isNotEqualTo("script-control");
    }

    @Test
    void proseWithAFewScriptLinksIsNoWidget() {
        String html = page("en", PROSE.replace("new harbour wall", "<a href='javascript:;'>new harbour wall</a>")
                .replace("storms in January", "<a href='javascript:;'>storms in January</a>")
                .replace("the final vote", "<a href='javascript:;'>the final vote</a>"));
        assertThat(verdict(html, "The council met")).isEmpty();
    }
}
