package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadingLabelRuleTest {

    @Test
    void aKickerAboveTheArticleGoes() {
        String html = page("de", "<div>Artikel</div><div><span>A-Frauen</span></div>" + PROSE);
        assertThat(verdict(html, "Artikel")).isEqualTo(LeadingLabelRule.NAME);
        assertThat(verdict(html, "A-Frauen")).isEqualTo(LeadingLabelRule.NAME);
    }

    @Test
    void shortValuesUnderAHeadingStay() {
        String html = page("en", "<h2>The harbour wall in numbers</h2><div>Length</div><div>420 m</div>" + PROSE);
        assertThat(verdict(html, "Length")).isEmpty();
    }

    @Test
    void aShortLineAfterTheFirstParagraphStays() {
        String html = page("en", PROSE + "<div>Meanwhile</div>" + PROSE);
        assertThat(verdict(html, "Meanwhile")).isEmpty();
    }
}
