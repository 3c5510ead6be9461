package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmptySectionRuleTest {

    private static final String LINKS = "<ul><li><a href=/a>Storm closes the coast road</a></li>"
            + "<li><a href=/b>Ferry timetable changes</a></li><li><a href=/c>Beach cleaning day</a></li></ul>";

    @Test
    void aTitleOverDroppedLinksAfterTheTextGoes() {
        String html = page("xx", "<h1>Harbour wall</h1>" + PROSE + "<h3>Zu guter Letzt</h3>" + LINKS);
        assertThat(verdict(html, "Zu guter Letzt")).isEqualTo("empty-section");
    }

    @Test
    void aLabelLineOverDroppedLinksGoesToo() {
        String html = page("xx", "<h1>Harbour wall</h1>" + PROSE + "<div>Noch was:</div>" + LINKS);
        assertThat(verdict(html, "Noch was:")).isEqualTo("empty-section");
    }

    @Test
    void aHeadingFollowedByProseStays() {
        String html = page("xx", "<h1>Harbour wall</h1>" + PROSE + "<h3>What comes next</h3>" + PROSE);
        assertThat(verdict(html, "What comes next")).isEmpty();
    }

    @Test
    void aHeadingOverDroppedLinksInsideTheTextStays() {
        String html = page("xx", "<h1>Harbour wall</h1>" + PROSE + "<h3>Topics</h3>" + LINKS + PROSE);
        assertThat(verdict(html, "Topics")).isEmpty();
    }

    @Test
    void aTitleOverALoneButtonStays() {
        String html = page("xx", "<h1>Harbour wall</h1>" + PROSE + "<h3>Our harbour guide</h3><p><a href=/g>View</a></p>");
        assertThat(verdict(html, "Our harbour guide")).isEmpty();
    }
}
