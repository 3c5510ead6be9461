package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.block.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemRepeatsTest {

    private static final String INTRO = "<h1>Send your first message</h1><p>This guide shows how to send a message"
            + " from your own application in a few minutes, in the language you already use every day.</p>";
    private static final String STEPS = "<p>Install the library with the package manager of your language first.</p>"
            + "<p>Replace the key with the one shown on the settings page of your account.</p>";

    /** The texts of the blocks the repeated-text rule would drop. */
    private static List<String> repeats(String body) {
        SegmentedPage page = SegmentedPage.of("<html><body><article>" + body + "</article></body></html>");
        RuleContext context = page.context();
        return context.blocks().stream().filter(b -> context.repeats().contains(b.index())).map(TextBlock::text).toList();
    }

    @Test
    void stepsGivenAgainInEachTabBelongToTheTab() {
        String tab = "<div class=panel><h3>%s</h3>" + STEPS + "<pre>%s</pre></div>";

        assertThat(repeats(INTRO + "<div class=tabs>" + tab.formatted("Python", "pip install sender")
                + tab.formatted("Node", "npm install sender") + tab.formatted("Ruby", "gem install sender")
                + "</div>")).isEmpty();
    }

    @Test
    void aPullQuoteIsARepeat() {
        String quote = "Nobody expected the river to rise so fast in one night.";

        assertThat(repeats(INTRO + "<p>" + quote + "</p><aside><p>" + quote + "</p></aside><p>The town council met"
                + " the next morning and opened the school as a shelter for the families.</p>")).containsExactly(quote);
    }

    @Test
    void controlsSetInEveryCommentAreRepeats() {
        String controls = "<p>Copy a direct link to this comment to your clipboard.</p>"
                + "<p>If this comment contains spam, notify the admins about it.</p>";
        String comment = "<div class=comment><p>%s</p>" + controls + "</div>";
        String first = "I tried this last week and the message arrived at once, even from the old phone in the"
                + " kitchen that nobody uses any more, which surprised everyone in the family.";
        String second = "Works for me too, but the settings page moved in the new version, so look under the"
                + " account menu at the top right of the page before you give up on it.";

        assertThat(repeats(INTRO + comment.formatted(first) + comment.formatted(second))).hasSize(2);
    }
}
