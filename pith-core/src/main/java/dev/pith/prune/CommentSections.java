package dev.pith.prune;

import java.util.List;
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
    static final List<String> STEMS = List.of(
            "comment", "disqus", "respond", "reply-form", "replyform", "discussion", "reactions");

    private CommentSections() {
    }

    /** True when an element with these {@link ClassNames} bits is a comment section. */
    static boolean names(Element e, int classNames) {
        return ClassNames.has(classNames, ClassNames.COMMENTS)
                && !e.normalName().equals("body") && !e.normalName().equals("html");
    }
}
