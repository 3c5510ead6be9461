package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link OpeningText}: the question above a thread's replies, which the page's description quotes. */
class OpeningTextTest {

    private static final String QUESTION = "I am looking to get into mountain biking and have been reading about which"
            + " bike to get first. I want a good entry level bike and do not want to waste money on parts I will"
            + " replace within a year, so which frame and fork would you start with?";

    /** Links to forty other threads beside the question: they keep the region from reaching up to it. */
    private static final String OTHER_THREADS = "<ul class=threads>" + "<li><a href=/t>Another thread</a></li>".repeat(40)
            + "</ul>";

    /** A thread page: the question in a box of its own beside links, the replies (which outweigh it) in another. */
    private static String thread(String description) {
        return "<html lang=en><head><title>First mountain bike</title><meta name=description content=\"" + description
                + "\"></head><body><div class=top><div class=question><p>" + QUESTION + "</p></div>" + OTHER_THREADS + "</div>"
                + "<div class=replies>" + ("<div class=reply>" + PROSE + "</div>").repeat(6) + "</div></body></html>";
    }

    @Test
    void theQuestionTheDescriptionQuotesCutShortIsKept() {
        String cut = QUESTION.substring(0, 90) + "...";

        assertThat(verdict(thread(cut), "I am looking")).isEmpty();
    }

    @Test
    void withoutSuchADescriptionItStaysOutside() {
        assertThat(verdict(thread("A thread about bikes for beginners, with answers from riders of all kinds."),
                "I am looking")).isEqualTo("outside-region");
    }

    // A block the description equals whole is a standfirst: left to the region, as before.
    @Test
    void aBlockTheDescriptionEqualsWholeIsLeftOutside() {
        assertThat(verdict(thread(QUESTION), "I am looking")).isEqualTo("outside-region");
    }
}
