package dev.pith.prune;

import dev.pith.parse.Attrs;
import dev.pith.util.Stems;
import org.jsoup.nodes.Element;

/**
 * Reader comments under an article, recognised by name. The {@link PageSurvey} finds them before
 * pruning; {@link Pruner} removes them only when the page has an article of its own outside them.
 * On a forum or Q&A page the "comments" are the content and stay.
 */
final class CommentSections {

    /** The rule name their removals are reported under. */
    static final String RULE_NAME = "comments";

    /** Stems naming a comment section; none holds white space, so a match lies inside one name. */
    private static final Stems STEMS = Stems.of(
            "comment", "disqus", "respond", "reply-form", "replyform", "discussion", "reactions");

    private CommentSections() {
    }

    /** True when the element's class or id names a comment section. */
    static boolean names(Element e) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) {
            return false;
        }
        return names(Attrs.className(e)) || names(Attrs.id(e));
    }

    private static boolean names(String value) {
        if (value.isEmpty()) {
            return false;
        }
        // Plain substring search: ids are unique per element, so neither a memo nor a regex pays.
        return STEMS.foundInLowerCased(value);
    }
}
