package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.BlockVerdict;
import dev.pith.ExtractOptions;
import dev.pith.Pith;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedTextRuleTest {

    private static final String DISH = "<p>Asparagus and eggs, with one cup of asparagus, two soft-boiled eggs and a"
            + " teaspoon of olive oil, seasoned with salt and pepper to taste.</p>";

    /** The verdicts of every block whose text starts with {@code start}, in order. */
    private static List<String> verdicts(String html, String start) {
        return Pith.explain(html.getBytes(StandardCharsets.UTF_8), "", null, ExtractOptions.DEFAULTS).blocks().stream()
                .filter(b -> b.text().startsWith(start))
                .map(BlockVerdict::rule)
                .toList();
    }

    @Test
    void aParagraphTheWriterRepeatsInPlaceStays() {
        String html = page("en", "<h1>Meal plan</h1>" + PROSE + "<h2>Monday</h2>" + DISH + "<h2>Tuesday</h2>" + DISH);
        assertThat(verdicts(html, "Asparagus and eggs")).containsExactly("", "");
    }

    @Test
    void aPullQuoteThatRepeatsTheBodyGoes() {
        String html = page("en", "<h1>Meal plan</h1>" + PROSE + DISH + "<blockquote>"
                + DISH.replace("<p>", "").replace("</p>", "") + "</blockquote>");
        assertThat(verdicts(html, "Asparagus and eggs")).containsExactly("", "repeated-text");
    }

    @Test
    void aCopyInAContainerOfItsOwnGoes() {
        String html = page("en", "<h1>Meal plan</h1>" + PROSE + "<div class=desktop>" + DISH + "</div>"
                + "<div class=mobile>" + DISH + "</div>");
        assertThat(verdicts(html, "Asparagus and eggs")).containsExactly("", "repeated-text");
    }

    @Test
    void twoSectionsThatCloseAlikeKeepBothParagraphs() {
        String html = page("en", "<h1>Meal plan</h1>" + PROSE + "<h2>Monday</h2><div><p>Start with oats and berries,"
                + " then a walk before work, as the plan suggests for every weekday of the first month.</p>" + DISH
                + "</div><h2>Tuesday</h2><div><p>Start with yoghurt and nuts, then a swim after work, as the plan"
                + " suggests for two days of each week.</p>" + DISH + "</div>");
        assertThat(verdicts(html, "Asparagus and eggs")).containsExactly("", "");
    }

    @Test
    void aCaptionRepeatedOnEverySlideGoes() {
        String slide = "<div class=slide><img src=/a.jpg>" + DISH + "</div>";
        String html = page("en", "<h1>Meal plan</h1>" + PROSE + "<div class=gallery>" + slide + slide + "</div>");
        assertThat(verdicts(html, "Asparagus and eggs")).containsExactly("", "repeated-text");
    }

    @Test
    void proseWrittenStraightIntoTwoDivsStays() {
        String text = DISH.replace("<p>", "").replace("</p>", "");
        String html = page("en", "<h1>Meal plan</h1>" + PROSE + "<div>" + text + "</div><div>" + text + "</div>");
        assertThat(verdicts(html, "Asparagus and eggs")).containsExactly("", "");
    }

    @Test
    void aWidgetsTextInADesktopAndAMobileDivGoesOnce() {
        String text = DISH.replace("<p>", "").replace("</p>", "");
        String html = page("en", "<h1>Meal plan</h1>" + PROSE + "<div class=desktop>" + text + "</div>"
                + "<div class=mobile>" + text + "</div>");
        assertThat(verdicts(html, "Asparagus and eggs")).containsExactly("", "repeated-text");
    }
}
