package dev.pith.prune;

import org.jsoup.nodes.Attributes;

/**
 * Panels that a reader opens: the other tabs of a tab set carry {@code aria-hidden="true"} until
 * their tab is pressed, yet they are the page's text (a service page's plans, a code sample in
 * other languages, a product's specifications). WAI-ARIA names such a panel by
 * {@code role="tabpanel"}. {@code aria-hidden} only hides from assistive technology what the tab
 * would show; a carousel's off-screen slides and duplicate links are hidden so too, and are no
 * tab panels.
 */
final class DisclosedPanels {

    private static final String TAB_PANEL = "tabpanel";

    private DisclosedPanels() {
    }

    /** True when the element with these attributes is a tab panel. */
    static boolean isPanel(Attributes attributes) {
        return TAB_PANEL.equalsIgnoreCase(attributes.get("role").trim());
    }
}
