package dev.pith.prune;

import dev.pith.parse.Attrs;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Page furniture by its HTML5 element or ARIA role: navigation, site header and footer,
 * complementary sidebars, search, and the widgets of players and forms (progress bars, sliders,
 * timers: "Loaded: 0%", "Volume 80%"). Spared when it holds most of the page, as on sites that
 * wrap everything in one {@code <header>} or {@code <aside>}. Not {@code role=button}: an FAQ's
 * accordion headers are buttons that hold its questions.
 */
final class NavigationRule implements PruneRule {

    private static final Set<String> TAGS = Set.of("nav", "aside", "footer", "menu");
    private static final Set<String> ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
            "dialog", "alertdialog", "toolbar", "tablist",
            "slider", "progressbar", "timer", "scrollbar", "spinbutton", "switch");

    @Override
    public String name() {
        return "navigation";
    }

    @Override
    public boolean matches(Element e, PruneContext context) {
        return namesFurniture(e) && !context.holdsMainContent(e);
    }

    /**
     * True when the element's tag or ARIA role is one of navigation or page furniture. Asked of
     * nearly every element, twice (the page survey, then this rule), and most carry no role: the
     * empty value is not looked up, since a set's probe for it runs over the slots its hash
     * lands on until an empty one.
     */
    static boolean namesFurniture(Element e) {
        if (TAGS.contains(e.normalName())) {
            return true;
        }
        String role = Attrs.value(e, "role");
        return !role.isEmpty() && ROLES.contains(role);
    }
}
