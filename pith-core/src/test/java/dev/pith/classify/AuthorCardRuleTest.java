package dev.pith.classify;

import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Author cards beside a thread's posts go; lists of labelled values that are the content stay. */
class AuthorCardRuleTest {

    private static final String POST = "<p>I had the same trouble with the harbour ferry last winter, and the only thing that"
            + " helped was booking the early crossing and asking the crew about the weather the night before.</p>";

    private static final String[] NAMES = {"anna", "tom", "jane", "ali"};

    /** Posts by {@code NAMES}, each with a card of {@code fields} ("label|value" with %d for the poster's number) and {@code body}. */
    private static String posts(String body, String... fields) {
        StringBuilder html = new StringBuilder();
        for (int n = 0; n < NAMES.length; n++) {
            html.append("<article><div class=user><h4>").append(NAMES[n]).append("</h4>");
            for (String field : fields) {
                String[] f = field.split("\\|");
                html.append("<dl><dt>").append(f[0]).append("</dt><dd>").append(String.format(f[1], 100 + n * 37))
                        .append("</dd></dl>");
            }
            html.append("</div><div class=body>").append(body).append("</div></article>");
        }
        return html.toString();
    }

    @Test
    void theMembersRecordBesideEachPostGoesAndTheNameStays() {
        String html = page("en", posts(POST, "Joined|Oct %d, 2023", "Messages|%d", "Location|Harbour town"));
        assertThat(verdict(html, "Joined")).isEqualTo("author-card");
        assertThat(verdict(html, "Oct 137, 2023")).isEqualTo("author-card");
        assertThat(verdict(html, "Messages")).isEqualTo("author-card");
        // a label without figures, in the same card
        assertThat(verdict(html, "Harbour town")).isEqualTo("author-card");
        assertThat(verdict(html, "tom")).isEmpty();
        assertThat(verdict(html, "I had the same trouble")).isEmpty();
    }

    @Test
    void aProductCardWhoseListIsTheCardStays() {
        String html = page("en", posts("<p>Grey shoe.</p>", "Brand|Topo", "Price|$%d", "Rating|4 (%d)"));
        assertThat(verdict(html, "Price")).isEmpty();
        assertThat(verdict(html, "$137")).isEmpty();
    }

    @Test
    void labelledTermsWithoutFiguresStay() {
        String html = page("en", posts(POST, "signature:|task-sent(uuid, name)"));
        assertThat(verdict(html, "signature:")).isEmpty();
    }

    @Test
    void labelsShownAsIconsAreKnownByTheirTooltips() {
        String html = page("en", posts(POST, "<span title=Joined><i class=icon></i></span>|Oct %d, 2023",
                "<span aria-label=Messages><i class=icon></i></span>|%d"));
        assertThat(verdict(html, "Oct 137, 2023")).isEqualTo("author-card");
        assertThat(verdict(html, "137")).isEqualTo("author-card");
    }

    @Test
    void iconLabelsWithoutNamesAreNoLabels() {
        String html = page("en", posts(POST, "<i class=icon></i>|Oct %d, 2023"));
        assertThat(verdict(html, "Oct 137, 2023")).isEmpty();
    }

    @Test
    void aCardThatOpensWithTheLinkedPostersNameKeepsIt() {
        // one poster answering thrice: the same "label" each time, but a linked term is a name
        String html = page("en", posts(POST, "<a href=/members/anna>anna_b</a>|Posts: %d"));
        assertThat(verdict(html, "anna_b")).isNotEqualTo("author-card");
        assertThat(verdict(html, "Posts: 137")).isNotEqualTo("author-card");
    }
}
