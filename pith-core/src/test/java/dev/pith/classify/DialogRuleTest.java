package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DialogRule}: a dialog inside the region is not the page's text. */
class DialogRuleTest {

    private static final String POLICY = "<p>This privacy policy explains which personal data we collect when you"
            + " visit the shop, why we process it, how long we keep it and which rights you have under the law.</p>";

    /**
     * A shop page whose copy stands in two sections, with a box between them that the page opens on
     * demand: a policy longer than the page's own text (the prune stage leaves a box that holds most
     * of the page, as it cannot tell it from the main content).
     */
    private static String shopPage(String boxAttributes) {
        return "<html lang=en><head><title>Wool runner</title></head><body><div class=page>"
                + "<div class=details>" + PROSE + "</div>"
                + "<div " + boxAttributes + ">" + POLICY.repeat(12) + "</div>"
                + "<div class=care>" + PROSE + "</div></div></body></html>";
    }

    @Test
    void aModalBoxInsideTheRegionGoes() {
        assertThat(verdict(shopPage("role=dialog aria-modal=true"), "This privacy policy")).isEqualTo("dialog");
        assertThat(verdict(shopPage("role=dialog"), "This privacy policy")).isEqualTo("dialog");
    }

    @Test
    void aPanelThatSaysItIsNotModalStays() {
        assertThat(verdict(shopPage("role=dialog aria-modal=false"), "This privacy policy")).isNotEqualTo("dialog");
    }

    @Test
    void theTextAroundTheBoxStays() {
        assertThat(verdict(shopPage("role=dialog"), "Engineers said")).isEmpty();
    }
}
