package dev.pith.classify;

import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The figure lines a thread's template sets in each post go; figures that are the entries' own stay. */
class PostFigureRuleTest {

    private static final String POST = "<p>I had the same trouble with the harbour ferry last winter, and the only thing that"
            + " helped was booking the early crossing and asking the crew about the weather the night before.</p>"
            + "<p>The late boats were cancelled twice in a week, and the bus from the pier does not wait for a delayed"
            + " ferry, so plan an hour more than the timetable says.</p>";

    private static final String[] NAMES = {"anna", "tom", "jane", "ali"};

    /** Posts by {@code NAMES}, each with {@code line} (%d for the poster's number) in a box of class {@code box}, then {@code body}. */
    private static String posts(String box, String line, String body) {
        StringBuilder html = new StringBuilder();
        for (int n = 0; n < NAMES.length; n++) {
            html.append("<div class=post><div class=user><div class=name><a href=/u/").append(n).append('>').append(NAMES[n])
                    .append("</a></div><div class=").append(box).append('>').append(String.format(line, 100 + n * 37))
                    .append("</div></div><div class=body>").append(body).append("</div></div>");
        }
        return html.toString();
    }

    @Test
    void aLabelledFigureInEveryPostGoes() {
        String html = page("en", posts("user-action-time", "answered Mar 3, 2020 at %d", POST));
        assertThat(verdict(html, "answered Mar 3, 2020 at 137")).isEqualTo("post-figure");
        assertThat(verdict(html, "I had the same trouble")).isEmpty();
    }

    @Test
    void countsOfPostsAndLikesGo() {
        assertThat(verdict(page("en", posts("stats", "Posts: %d", POST)), "Posts: 137")).isEqualTo("post-figure");
        assertThat(verdict(page("en", posts("tally", "%d Likes", POST)), "137 Likes")).isEqualTo("post-figure");
    }

    @Test
    void aProductCardWhosePriceIsMuchOfTheCardStays() {
        String html = page("en", posts("price", "Price $%d", "<p>Grey shoe, size 42.</p>"));
        assertThat(verdict(html, "Price $137")).isEmpty();
    }

    @Test
    void bareFiguresWithoutALabelStay() {
        String html = page("en", posts("stamp", "Mar %d, 2020 | 9:05 pm", POST));
        assertThat(verdict(html, "Mar 137, 2020 | 9:05 pm")).isEmpty();
    }

    @Test
    void stepsNumberedOneByOneStay() {
        StringBuilder html = new StringBuilder();
        for (int n = 1; n <= 4; n++) {
            html.append("<div class=step><div class=label>Step ").append(n).append("</div>").append(POST).append("</div>");
        }
        assertThat(verdict(page("en", html.toString()), "Step 2")).isEmpty();
    }

    @Test
    void numberedHeadingsOfAGuideStay() {
        StringBuilder html = new StringBuilder();
        for (int n = 1; n <= 4; n++) {
            html.append("<section class=step><h2 class=title>Step ").append(n).append(": Measure the room</h2>").append(POST)
                    .append("</section>");
        }
        assertThat(verdict(page("en", html.toString()), "Step 2: Measure the room")).isEmpty();
    }

    @Test
    void fewerPostsThanAThreadStay() {
        String twoPosts = posts("stats", "Posts: %d", POST);
        twoPosts = twoPosts.substring(0, twoPosts.indexOf("<div class=post>", twoPosts.indexOf("tom")));
        assertThat(verdict(page("en", twoPosts), "Posts: 137")).isEmpty();
    }
}
