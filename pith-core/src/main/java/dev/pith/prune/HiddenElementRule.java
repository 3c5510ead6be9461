package dev.pith.prune;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Elements a browser would not show: {@code hidden}, {@code aria-hidden}, inline
 * {@code display:none}. Screen-reader-only spans ("Share on Facebook", "Opens in new window")
 * are dropped too. Spared when they hold most of the page, as pages revealed by script do.
 */
final class HiddenElementRule implements PruneRule {

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern SCREEN_READER_CLASS =
            Pattern.compile("(^|\\s)(sr-only|screen-reader-text|visually-hidden|visuallyhidden|a11y-hidden)(\\s|$)");

    @Override
    public String name() {
        return "hidden";
    }

    @Override
    public boolean matches(Element e, PruneContext context) {
        return looksHidden(e) && !context.holdsMainContent(e);
    }

    private static boolean looksHidden(Element e) {
        if (e.attributesSize() == 0) {
            // Every test below reads an attribute; most elements have none.
            return false;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String lower = style.toLowerCase(Locale.ROOT);
            // The regex only runs on the few styles that could match it.
            if ((lower.contains("none") || lower.contains("hidden")) && HIDDEN_STYLE.matcher(lower).find()) {
                return true;
            }
        }
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        // Every screen-reader class holds one of these; the regex runs only on the few that do.
        String lower = cls.toLowerCase(Locale.ROOT);
        return (lower.contains("sr-only") || lower.contains("screen-reader") || lower.contains("hidden"))
                && SCREEN_READER_CLASS.matcher(lower).find();
    }
}
