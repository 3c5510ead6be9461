package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentListItemTest {

    @Test
    void aStepOfAGuideThatMentionsLoggingInStays() {
        String html = page("en", PROSE + "<ol><li>Open the harbour office website in your browser of choice.</li>"
                + "<li>Log in to your resident account and open the page for mooring permits.</li>"
                + "<li>Fill in the form with the name and length of your boat.</li>"
                + "<li>Pay the fee and print the permit for your windscreen.</li></ol>" + PROSE);
        assertThat(verdict(html, "Log in to your resident account")).isEmpty();
    }

    @Test
    void aListOfPromptsStillGoes() {
        String html = page("en", PROSE + "<ul><li>Subscribe to our newsletter for the weekly harbour news</li>"
                + "<li>Follow us on every social network you use</li>"
                + "<li>Share this article with your friends and family</li></ul>" + PROSE);
        assertThat(verdict(html, "Subscribe to our newsletter")).isEqualTo("call-to-action");
    }

    @Test
    void aPromptLineInsideALongerItemStillGoes() {
        String html = page("en", PROSE + "<ol>"
                + "<li><p>I agree with the council, the wall is long overdue and the cost is fair.</p><p>Sign up to reply to this comment by Anna</p></li>"
                + "<li><p>The ferry timetable matters more to me than the wall does this year.</p><p>Ben, Tuesday</p></li>"
                + "<li><p>Will the beach stay open while the builders are at work on the wall?</p><p>Carl, Wednesday</p></li>"
                + "</ol>" + PROSE);
        assertThat(verdict(html, "Sign up to reply to this comment by Anna")).isEqualTo("call-to-action");
    }
}
