package dev.pith.prune;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Panels that a reader opens: the other tabs of a tab set and the closed answers of an accordion
 * carry {@code aria-hidden="true"} until their tab or button is pressed, yet they are the page's
 * text (a service page's plans, a code sample in other languages, a product's specifications, a
 * collection's descriptions, FAQ answers). WAI-ARIA names them: a tab panel by
 * {@code role="tabpanel"}, an accordion's panel by the {@code aria-controls} of a button that
 * says whether it is open ({@code aria-expanded}). {@code aria-hidden} only hides from assistive
 * technology what the control would show; a carousel's off-screen slides and duplicate links are
 * hidden so too, and nothing opens them. A button with {@code aria-haspopup} opens a menu, which
 * is furniture, so its target is no panel.
 */
final class DisclosedPanels {

    private static final String TAB_PANEL = "tabpanel";

    /** Buttons that open or close a panel in place: an accordion's headers, "read more" toggles. */
    private static final Evaluator DISCLOSURE_BUTTONS =
            QueryParser.parse("[aria-controls][aria-expanded]:not([aria-haspopup])");

    private DisclosedPanels() {
    }

    /** True when the element with these attributes is a tab panel, or a disclosure button opens it. */
    static boolean isPanel(Attributes attributes, PruneContext context) {
        if (TAB_PANEL.equalsIgnoreCase(attributes.get("role").trim())) {
            return true;
        }
        String id = attributes.get("id");
        return !id.isEmpty() && context.disclosed().contains(id);
    }

    /** The ids that the disclosure buttons below {@code root} open (an accordion's answers). */
    static Set<String> disclosedBy(Element root) {
        Set<String> ids = new HashSet<>();
        for (Element button : root.select(DISCLOSURE_BUTTONS)) {
            for (String id : button.attr("aria-controls").trim().split("\\s+")) {
                ids.add(id);
            }
        }
        return ids;
    }
}
