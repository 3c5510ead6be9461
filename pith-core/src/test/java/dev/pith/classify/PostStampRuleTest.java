package dev.pith.classify;

import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Q&A thread's stamps go whatever verb each carries; an item's labelled data in the same slot stay. */
class PostStampRuleTest {

    private static final String POST = "<p>I had the same trouble with the harbour ferry last winter, and the only thing that"
            + " helped was booking the early crossing and asking the crew about the weather the night before.</p>"
            + "<p>The late boats were cancelled twice in a week, and the bus from the pier does not wait for a delayed"
            + " ferry, so plan an hour more than the timetable says.</p>";

    /** Posts each with the stamps {@code lines[n]} (one post's stamps separated by '|') in boxes of one class. */
    private static String posts(String... lines) {
        StringBuilder html = new StringBuilder();
        for (String line : lines) {
            html.append("<div class=post><div class=body>").append(POST).append("</div><div class=cards>");
            for (String stamp : line.split("\\|")) {
                html.append("<div class=card><div class=action-time>").append(stamp).append("</div></div>");
            }
            html.append("</div></div>");
        }
        return html.toString();
    }

    @Test
    void askedAnsweredAndEditedStampsGo() {
        String html = page("en", posts("asked Jun 29, 2012 at 10:51", "edited Jan 28, 2013 at 19:38|answered Jul 7, 2012 at 3:07",
                "answered Jan 22, 2013 at 22:36", "edited May 29, 2015 at 3:45|answered May 29, 2015 at 3:13",
                "answered Dec 26, 2012 at 0:50"));
        assertThat(verdict(html, "answered Jan 22, 2013")).isEqualTo("post-stamp");
        assertThat(verdict(html, "edited Jan 28, 2013")).isIn("post-stamp", "byline");
        assertThat(verdict(html, "asked Jun 29, 2012")).isEqualTo("post-stamp");
        assertThat(verdict(html, "I had the same trouble")).isEmpty();
    }

    @Test
    void labelledDataOfEachItemStay() {
        String html = page("en", posts("Price: $75 to $145", "Interval: 5,000 miles|Price: $35 to $45",
                "Price: $27 to $34", "Interval: 7,500 miles|Price: $373 to $400", "Price: $12"));
        assertThat(verdict(html, "Price: $27")).isNotEqualTo("post-stamp");
        assertThat(verdict(html, "Interval: 5,000")).isNotEqualTo("post-stamp");
    }

    @Test
    void aMembersRecordCardRecurringBesideTheirPostsGoes() {
        String anna = "Join Date: Aug 2008|Location: Leith|Posts: 1,077";
        String tom = "Join Date: May 2011|Location: Perth|Posts: 212";
        String html = page("en", records(anna, tom, anna, tom, anna));
        assertThat(verdict(html, "Join Date: May 2011")).isEqualTo("post-stamp");
        assertThat(verdict(html, "Location: Perth")).isEqualTo("post-stamp");
    }

    @Test
    void aReviewsSpecCardsEachTheirOwnStay() {
        String html = page("en", records("Price: $175|Weight Limit: 275 lb.", "Price: $142|Weight Limit: 350 lb.",
                "Price: $137|Weight Limit: 275 lb.", "Price: $99|Weight Limit: 300 lb."));
        assertThat(verdict(html, "Price: $142")).isNotEqualTo("post-stamp");
        assertThat(verdict(html, "Weight Limit: 350")).isNotEqualTo("post-stamp");
    }

    /** Posts each with a card of the labelled lines {@code cards[n]} (separated by '|'), each line in a bare div. */
    private static String records(String... cards) {
        StringBuilder html = new StringBuilder();
        for (String card : cards) {
            html.append("<div class=post><div class=smallfont>");
            for (String line : card.split("\\|")) {
                html.append("<div>").append(line).append("</div>");
            }
            html.append("</div><div class=body>").append(POST).append("</div></div>");
        }
        return html.toString();
    }
}
