package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bylines of a list's entries stay even where the region reads as an article; a thread's and bare dates do not. */
class EntryBylineRuleTest {

    private static final String[][] ENTRIES = {{"Harbour wall approved", "Anna Berger"}, {"Ferry times change", "Tom Reid"},
        {"New lifeboat arrives", "Jane Doe"}, {"Market moves to the quay", "Ali Khan"}};

    /** Entries with a linked title, a body of {@code body} and, under it, "By NAME • date" and a bare date line. */
    private static String entries(String body) {
        StringBuilder html = new StringBuilder();
        for (String[] e : ENTRIES) {
            html.append("<li><h3><a href=/story/").append(e[1].length()).append('>').append(e[0]).append("</a></h3><p>")
                    .append(body).append("</p><div>By ").append(e[1]).append(" • Dec. 19, 2025</div>")
                    .append("<div>Updated March 2, 2026</div></li>");
        }
        return "<ul>" + html + "</ul>";
    }

    @Test
    void theAuthorLineOfAShortEntryUnderALinkedTitleStays() {
        String html = page("en", PROSE + entries("The council approved the plans after a long debate.") + PROSE);
        assertThat(verdict(html, "By Tom Reid")).isEmpty();
        // a bare date line under the entry is the list's metadata
        assertThat(verdict(html, "Updated March")).isEqualTo("byline");
    }

    @Test
    void theAuthorLineOfALongPostUnderALinkedTitleGoes() {
        String post = "I have read the whole thread and still think the wall is too low for the winter storms we get here. "
                .repeat(EntryBylineRule.MAX_ENTRY_WORDS / 20);
        String html = page("en", PROSE + entries(post) + PROSE);
        assertThat(verdict(html, "By Tom Reid")).isEqualTo("byline");
    }

    @Test
    void anAuthorLineUnderATitleLinkedToThisPageGoes() {
        String html = page("en", PROSE + entries("Short reply.").replaceAll("href=/story/", "href=#p") + PROSE);
        assertThat(verdict(html, "By Tom Reid")).isEqualTo("byline");
    }
}
