package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PictureCaptionRuleTest {

    @Test
    void aCaptionBoxUnderAPictureGoes() {
        String html = page("en", PROSE + "<div class=media><img src=/p.jpg><div class=media-caption>Branches dragged"
                + " across the forest track near the village (symbolic picture).</div></div>" + PROSE);
        assertThat(verdict(html, "Branches dragged")).isEqualTo("picture-caption");
    }

    @Test
    void aCaptionBoxWithoutAPictureStays() {
        String html = page("en", PROSE + "<div class=media-caption>Branches dragged across the forest track near the"
                + " village.</div>" + PROSE);
        assertThat(verdict(html, "Branches dragged")).isEmpty();
    }

    @Test
    void aFigcaptionStays() {
        String html = page("en", PROSE + "<figure><img src=/p.jpg><figcaption class=caption>Waves breaking over the"
                + " harbour wall in January.</figcaption></figure>" + PROSE);
        assertThat(verdict(html, "Waves breaking")).isEmpty();
    }

    @Test
    void theCaptionBoxOfACodeListingStays() {
        String html = page("en", PROSE + "<div><img src=/logo.jpg></div><div class=box><div class=box-caption>Location"
                + " before April</div><pre>[repos]\nlocation = /var/db</pre></div>" + PROSE);
        assertThat(verdict(html, "Location before")).isEmpty();
    }

    @Test
    void aLongCaptionThatRetellsTheStoryStays() {
        String html = page("en", PROSE + "<div><img src=/p.jpg><p class=caption>Waves broke over the harbour wall"
                + " on Tuesday night, flooding the houses along the front, closing the coast road for hours and"
                + " leaving the council to count the cost of a wall that engineers had warned about for years.</p></div>"
                + PROSE);
        assertThat(verdict(html, "Waves broke")).isEmpty();
    }
}
