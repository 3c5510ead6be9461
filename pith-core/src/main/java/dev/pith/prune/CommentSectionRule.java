package dev.pith.prune;

import dev.pith.util.Stems;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Reader comments under an article. Only applied when the page has an article of its own
 * outside the comments ({@link Pruner} checks); on a forum or Q&A page the "comments" are the
 * content and stay.
 */
final class CommentSectionRule implements PruneRule {

    /** Stems naming a comment section; none holds white space, so a match lies inside one name. */
    private static final Stems STEMS = Stems.of(
            "comment", "disqus", "respond", "reply-form", "replyform", "discussion", "reactions");

    @Override
    public String name() {
        return "comments";
    }

    @Override
    public boolean matches(Element e, PruneContext context) {
        return names(e);
    }

    /** True when the element's class or id names a comment section. */
    static boolean names(Element e) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) {
            return false;
        }
        return names(e.className()) || names(e.id());
    }

    private static boolean names(String value) {
        if (value.isEmpty()) {
            return false;
        }
        // Plain substring search: ids are unique per element, so neither a memo nor a regex pays.
        return STEMS.foundIn(value.toLowerCase(Locale.ROOT));
    }
}
