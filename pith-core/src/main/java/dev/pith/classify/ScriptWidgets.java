package dev.pith.classify;

import dev.pith.parse.Ancestors;
import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds script widgets: embedded video players, galleries and sliders, recognised by their
 * controls. Such a box holds several links that run a script ({@code href="javascript:..."}:
 * autoplay, previous, next, mute, close) and, besides them, little more than a title and a
 * "loading..." placeholder. The article it sits in has links that lead somewhere and much more
 * text than links, so the box ends where those start.
 */
final class ScriptWidgets {

    /** Fewer script links are a single button (see {@link ScriptControlRule}), not a widget. */
    static final int MIN_CONTROLS = 3;
    /** At least this share of a widget's links run scripts. */
    static final double MIN_CONTROL_SHARE = 0.6;
    /** A widget holds little text: its title and labels. */
    static final int MAX_WORDS = 40;
    /** How far above a control its widget's outer box may be. */
    static final int MAX_DEPTH = 6;

    private static final String SCRIPT_SCHEME = "javascript:";
    /** The bit that sets an ASCII letter in lower case. */
    private static final int LOWER_CASE_BIT = 0x20;

    private ScriptWidgets() {
    }

    /** The outermost widget boxes of the page whose body holds {@code root}; empty for most pages. */
    static Set<Element> find(Element root) {
        List<Element> controls = new ArrayList<>();
        for (Element a : root.getElementsByTag("a")) {
            if (runsScript(a)) {
                controls.add(a);
            }
        }
        if (controls.size() < MIN_CONTROLS) {
            return Set.of();
        }
        Map<Element, Integer> controlsBelow = new HashMap<>();
        for (Element a : controls) {
            Element e = a.parent();
            for (int up = 0; up < MAX_DEPTH && e != null && e != root; up++, e = e.parent()) {
                controlsBelow.merge(e, 1, Integer::sum);
            }
        }
        Set<Element> widgets = new HashSet<>();
        controlsBelow.forEach((e, count) -> {
            if (count >= MIN_CONTROLS && isWidget(e, count)) {
                widgets.add(e);
            }
        });
        widgets.removeIf(w -> Ancestors.isWithin(w.parent(), widgets));
        return widgets;
    }

    static boolean runsScript(Element a) {
        String href = a.attr("href");
        // Most links lead somewhere ("https:", "/path"): one look at the first visible character
        // spares them the stripped, lower-cased copy. Only 'J' and 'j' lower-case to a 'j'.
        int start = 0;
        while (start < href.length() && Character.isWhitespace(href.charAt(start))) {
            start++;
        }
        if (start == href.length() || (href.charAt(start) | LOWER_CASE_BIT) != SCRIPT_SCHEME.charAt(0)) {
            return false;
        }
        return href.strip().toLowerCase(Locale.ROOT).startsWith(SCRIPT_SCHEME);
    }

    private static boolean isWidget(Element e, int controls) {
        return controls >= MIN_CONTROL_SHARE * e.getElementsByTag("a").size()
                && TextMetrics.words(e.text()) <= MAX_WORDS;
    }

}
