package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link FollowingArticleRule}: the stories a news template appends below the page's own. */
class FollowingArticleRuleTest {

    private static String story(String headline, String text) {
        return "<div class=scrollblock><article class=entry><h1>" + headline + "</h1>" + text + "</article></div>";
    }

    private static String page(String stories) {
        return "<html lang=en><head><title>Harbour wall</title></head><body><section class=column>" + stories
                + "</section></body></html>";
    }

    private static final String NEXT = "<p>Firefighters worked through the night to stop the fire at the old"
            + " timber yard from reaching the houses on the hill, and by morning the last flames were out.</p>";

    @Test
    void theStoryAppendedBelowGoes() {
        String html = page(story("Council backs the harbour wall", PROSE + PROSE) + story("Fire at the timber yard", NEXT + PROSE));

        assertThat(verdict(html, "Firefighters worked")).isEqualTo("following-article");
        assertThat(verdict(html, "The council met")).isEmpty();
    }

    // A blog's front page: every post a short teaser under its own headline, all of them the page.
    @Test
    void shortPostsUnderTheirOwnHeadlinesStay() {
        String html = page(story("Council backs the harbour wall", NEXT) + story("Fire at the timber yard", NEXT)
                + story("Library opens on Sundays", NEXT) + story("New bridge for the valley", PROSE + PROSE));

        assertThat(verdict(html, "Fire at the timber yard")).isNotEqualTo("following-article");
    }

    // One article whose template sets each section under an h1: no article element per section.
    @Test
    void sectionsOfOneArticleStay() {
        String html = page("<div class=part><h1>Council backs the harbour wall</h1>" + PROSE + PROSE + "</div>"
                + "<div class=part><h1>What happens next</h1>" + NEXT + "</div>");

        assertThat(verdict(html, "Firefighters worked")).isEmpty();
    }
}
