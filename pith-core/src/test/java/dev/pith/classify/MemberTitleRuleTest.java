package dev.pith.classify;

import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Members' titles beside posts that carry a member's record go; card labels and names stay. */
class MemberTitleRuleTest {

    private static final String POST = "<p>I had the same trouble with the harbour ferry last winter, and the only thing that"
            + " helped was booking the early crossing and asking the crew about the weather the night before.</p>"
            + "<p>The late boats were cancelled twice in a week, and the bus from the pier does not wait for a delayed"
            + " ferry, so plan an hour more than the timetable says.</p>";

    private static final String[] NAMES = {"anna", "tom", "jane", "ali"};
    private static final String[] RANKS = {"Well-known member", "New member", "Well-known member", "New member"};

    /** Posts by {@code NAMES}, each with {@code titles[n]} in a title box and, if {@code record}, a post count. */
    private static String posts(String[] titles, boolean record) {
        StringBuilder html = new StringBuilder();
        for (int n = 0; n < NAMES.length; n++) {
            html.append("<div class=post><div class=user><div class=name><a href=/u/").append(n).append('>')
                    .append(NAMES[n]).append("</a></div><div class=rank>").append(titles[n]).append("</div>");
            if (record) {
                html.append("<div class=stats>Posts: ").append(100 + n * 37).append("</div>");
            }
            html.append("</div><div class=body>").append(POST).append("</div></div>");
        }
        return html.toString();
    }

    @Test
    void ranksBesideThePostsRecordsGo() {
        String html = page("en", posts(RANKS, true));
        assertThat(verdict(html, "New member")).isEqualTo("member-title");
        // the name links to the member: not a title (other rules may judge a lone link)
        assertThat(verdict(html, "tom")).isNotEqualTo("member-title");
    }

    @Test
    void ranksWithoutARecordStay() {
        // a rank known as such in the language's data is ControlLabelRule's to judge
        assertThat(verdict(page("en", posts(RANKS, false)), "New member")).isNotEqualTo("member-title");
    }

    @Test
    void oneLabelInEveryCardStays() {
        String[] same = {"Pros & Cons", "Pros & Cons", "Pros & Cons", "Pros & Cons"};
        assertThat(verdict(page("en", posts(same, true)), "Pros & Cons")).isNotEqualTo("member-title");
    }
}
