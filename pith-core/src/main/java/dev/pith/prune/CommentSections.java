package dev.pith.prune;

import java.util.List;
import java.util.Locale;
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

    /**
     * What follows a stem in a name that states something about the element instead of naming it
     * as a comment section: a blog post marked {@code commented} (it has comments) or a list of the
     * {@code most-commented} stories is not the comment thread; a forum post marked
     * {@code discussionAuthor} or {@code comment-author} is the post (or the name) of one writer,
     * on a forum often the thread's opening post, which is the page's content.
     */
    private static final List<String> QUALIFIER_SUFFIXES = List.of("ed", "author", "-author", "_author");

    private CommentSections() {
    }

    /** True when an element with these {@link ClassNames} bits is a comment section. */
    static boolean names(Element e, int classNames) {
        return ClassNames.has(classNames, ClassNames.COMMENTS) && ClassNames.has(classNames, ClassNames.SECTION)
                && !e.normalName().equals("body") && !e.normalName().equals("html");
    }

    /**
     * True when a stem occurs in the value other than before a qualifier: the stems are searched
     * anywhere in a name ("post-comments", "commentlist"), so this second look is needed only for
     * the few names that hold one.
     */
    static boolean namesSection(String value) {
        String name = value.toLowerCase(Locale.ROOT);
        for (String stem : STEMS) {
            for (int at = name.indexOf(stem); at >= 0; at = name.indexOf(stem, at + 1)) {
                if (!qualified(name, at + stem.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a qualifier follows the stem that ends at {@code end}. */
    private static boolean qualified(String name, int end) {
        for (String suffix : QUALIFIER_SUFFIXES) {
            if (name.startsWith(suffix, end)) {
                return true;
            }
        }
        return false;
    }
}
