package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameCaptionRuleTest {

    @Test
    void aNameUnderAPictureGoes() {
        String html = page("en", PROSE + "<figure><img src=/p.jpg><figcaption>Liam Gavrielides</figcaption></figure>" + PROSE);
        assertThat(verdict(html, "Liam Gavrielides")).isEqualTo("name-caption");
    }

    @Test
    void aCaptionThatSaysSomethingStays() {
        String html = page("en", PROSE + "<figure><img src=/p.jpg><figcaption>Waves breaking over the harbour wall in"
                + " January.</figcaption></figure>" + PROSE);
        assertThat(verdict(html, "Waves breaking")).isEmpty();
    }

    @Test
    void theSpeakerOfAQuotationStays() {
        String html = page("en", PROSE + "<figure><blockquote>The new wall saved our house this winter, and we are"
                + " grateful to everyone who worked on it.</blockquote><figcaption>— Abbie Y</figcaption></figure>" + PROSE);
        assertThat(verdict(html, "— Abbie Y")).isEmpty();
    }
}
