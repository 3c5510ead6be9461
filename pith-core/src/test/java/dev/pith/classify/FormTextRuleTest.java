package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormTextRuleTest {

    /** A shop's size picker beside the product's description. */
    private static final String PICKER = "<form action=/cart><p>Select a size</p><ul><li>xs</li><li>s</li><li>m</li>"
            + "<li>l</li></ul><p>Stock alerts</p></form>";

    @Test
    void theLabelsOfASmallFormInTheRegionGo() {
        String html = page("en", "<h1>Harbour jacket</h1>" + PROSE + PICKER);
        assertThat(verdict(html, "Select a size")).isEqualTo("form-text");
        assertThat(verdict(html, "The council met")).isEmpty();
    }

    @Test
    void aFormAroundTheArticleKeepsItsText() {
        String html = "<html lang=en><head><title>Harbour wall</title></head><body><nav><a href=/>Home</a></nav>"
                + "<form id=page><article><h1>Harbour wall</h1>" + PROSE + "<p>Select a size</p></article></form>"
                + "<footer><a href=/imprint>Imprint</a></footer></body></html>";
        assertThat(verdict(html, "Select a size")).isEmpty();
    }

    @Test
    void aFormHoldingMostOfTheRegionIsAContainer() {
        // forums wrap their posts in a moderation form
        String html = page("en", "<h1>Harbour wall</h1><form action=/moderate>" + PROSE + "<p>Quote</p></form>");
        // the button's label is ControlLabelRule's to judge; the form is no reason to drop it
        assertThat(verdict(html, "Quote")).isNotEqualTo("form-text");
    }

    @Test
    void aParagraphOfProseInASmallFormStays() {
        String form = "<form action=/survey><p>Tell us which of the harbour plans you prefer, and why, so that the"
                + " council can weigh the views of residents before the final vote next month.</p><p>Your name</p></form>";
        String html = page("en", "<h1>Harbour wall</h1>" + PROSE + form);
        assertThat(verdict(html, "Tell us which")).isEmpty();
        assertThat(verdict(html, "Your name")).isEqualTo("form-text");
    }
}
