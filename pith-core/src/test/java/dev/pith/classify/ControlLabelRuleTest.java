package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Controls' labels set as blocks of their own go; a text that names them, or a heading, is not one (other rules may judge them). */
class ControlLabelRuleTest {

    private static final String POST = "<div class=post><div>Original Poster</div><div>Senior Member</div><div>Offline</div>" + PROSE
            + "<dl class=codebox><dt>Code: Select all</dt><dd><pre><code>wall.build(2026);</code></pre></dd></dl>"
            + "<div>12 Likes</div><div>Reply #3</div></div>";

    @Test
    void postControlsGo() {
        String html = page("en", POST);
        assertThat(verdict(html, "Original Poster")).isEqualTo("control-label");
        assertThat(verdict(html, "Senior Member")).isEqualTo("control-label");
        assertThat(verdict(html, "Offline")).isEqualTo("control-label");
        assertThat(verdict(html, "Code: Select all")).isEqualTo("control-label");
        assertThat(verdict(html, "12 Likes")).isEqualTo("control-label");
        assertThat(verdict(html, "Reply #3")).isEqualTo("control-label");
    }

    @Test
    void aQuotedCodeBoxHeaderAndACountHeadingGo() {
        String html = page("en", "<blockquote><p>anna wrote:</p><p>Code: Select all</p><pre><code>wall.build(2026);</code></pre>"
                + "</blockquote>" + PROSE + "<h2>11 Answers</h2>" + PROSE);
        assertThat(verdict(html, "Code: Select all")).isEqualTo("control-label");
        assertThat(verdict(html, "11 Answers")).isEqualTo("control-label");
    }

    @Test
    void shopWidgetsGoInTheirLanguageAndInEnglish() {
        String html = page("de", PROSE + "<p>Auf Lager</p><p>In den Warenkorb</p><p>Add to cart</p>");
        assertThat(verdict(html, "Auf Lager")).isEqualTo("control-label");
        assertThat(verdict(html, "In den Warenkorb")).isEqualTo("control-label");
        assertThat(verdict(html, "Add to cart")).isEqualTo("control-label");
    }

    @Test
    void aSentenceThatNamesAControlAndAHeadingStay() {
        String html = page("en", PROSE + "<h2>Reply</h2><p>Add to cart only what you will use this week.</p>" + PROSE);
        assertThat(verdict(html, "Reply")).isNotEqualTo("control-label");
        assertThat(verdict(html, "Add to cart only")).isNotEqualTo("control-label");
    }
}
