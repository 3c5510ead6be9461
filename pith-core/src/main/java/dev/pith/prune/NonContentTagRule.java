package dev.pith.prune;

import dev.pith.util.TextMetrics;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Elements that never hold readable text: scripts, styles, embeds and form controls. */
final class NonContentTagRule implements PruneRule {

    private static final Set<String> TAGS = Set.of(
            "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "noembed", "noframes", "frameset", "input", "select", "option", "textarea", "button",
            "link", "meta", "base", "audio", "video", "source", "track", "map", "dialog");

    /**
     * Forum engines (Discourse, Flarum) serve a whole thread inside {@code <noscript>};
     * anything shorter is a "please enable JavaScript" notice.
     */
    static final int MIN_NOSCRIPT_WORDS = 50;

    @Override
    public String name() {
        return "non-content-tag";
    }

    @Override
    public boolean matches(Element e, PruneContext context) {
        String tag = e.normalName();
        if (TAGS.contains(tag)) {
            return true;
        }
        return tag.equals("noscript") && TextMetrics.words(e.text()) < MIN_NOSCRIPT_WORDS;
    }
}
