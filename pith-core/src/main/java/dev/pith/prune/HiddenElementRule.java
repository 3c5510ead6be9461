package dev.pith.prune;

import dev.pith.util.Stems;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Elements a browser would not show: {@code hidden}, {@code aria-hidden} (but for the tab panels
 * a reader opens, {@link DisclosedPanels}), inline {@code display:none}, and the popovers
 * a button opens ({@code popover}, {@code popover="auto"}: a forum's "Configure push
 * notifications" card); a {@code popover="manual"} one is shown by the page's script, as a
 * player's stage may be, and is judged as any element. Screen-reader-only spans
 * ("Share on Facebook", "Opens in new window") are dropped too. Spared when they hold most of
 * the page, as pages revealed by script do.
 */
final class HiddenElementRule implements PruneRule {

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /**
     * Screen-reader-only classes, and the utility classes CSS frameworks define as
     * {@code display:none} ({@code hidden}, {@code d-none}, {@code is-hidden}): templates park
     * tracking data, unused form errors and script templates in them. Only the whole class name
     * counts: {@code hidden-xs} hides on small screens only.
     */
    private static final Pattern SCREEN_READER_CLASS = Pattern.compile(
            "(^|\\s)(sr-only|screen-reader-text|visually-hidden|visuallyhidden|a11y-hidden|hidden|d-none|is-hidden)(\\s|$)");
    /**
     * Words that every match of {@link #HIDDEN_STYLE} holds, in any case: most styles hold none,
     * and are passed over without being lower-cased.
     */
    private static final Stems HIDDEN_STYLE_WORDS = Stems.of("none", "hidden");
    /** Words that every match of {@link #SCREEN_READER_CLASS} holds, in any case. */
    private static final Stems SCREEN_READER_WORDS = Stems.of("sr-only", "screen-reader", "hidden", "d-none");

    /** The popover state the page's script opens and closes itself. */
    private static final String MANUAL_POPOVER = "manual";

    @Override
    public String name() {
        return "hidden";
    }

    @Override
    public boolean matches(Element e, PruneContext context) {
        return looksHidden(e, context) && !context.holdsMainContent(e);
    }

    private static boolean looksHidden(Element e, PruneContext context) {
        if (e.attributesSize() == 0) {
            // Every test below reads an attribute; most elements have none.
            return false;
        }
        // Read straight from the attributes: the element has some, and every key asked through
        // Attrs would count them again.
        Attributes attributes = e.attributes();
        if (attributes.hasKey("hidden") || isPopover(attributes)
                || "true".equalsIgnoreCase(attributes.get("aria-hidden")) && !DisclosedPanels.isPanel(attributes, context)) {
            return true;
        }
        String style = attributes.get("style");
        // The regex only runs on the few styles that could match it.
        if (HIDDEN_STYLE_WORDS.foundInLowerCased(style)
                && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        // Asked of the page's class values once each: templates repeat them over many elements.
        return context.classNames().hides(attributes.get("class"));
    }

    /** A popover that a button opens: hidden until the reader asks for it. */
    private static boolean isPopover(Attributes attributes) {
        return attributes.hasKey("popover") && !MANUAL_POPOVER.equalsIgnoreCase(attributes.get("popover").strip());
    }

    /** True when a class value holds a screen-reader-only or hiding utility class. */
    static boolean hidesByClass(String classValue) {
        String cls = classValue.trim();
        // Every screen-reader class holds one of these; the regex runs only on the few that do.
        return SCREEN_READER_WORDS.foundInLowerCased(cls)
                && SCREEN_READER_CLASS.matcher(cls.toLowerCase(Locale.ROOT)).find();
    }
}
