package dev.pith.prune;

import dev.pith.parse.Ancestors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reader comments under an article, recognised by name. The {@link PageSurvey} finds them before
 * pruning; {@link Pruner} removes them only when the page has an article of its own outside them.
 * On a forum or Q&A page the "comments" are the content and stay.
 *
 * <p>Headline guard: an element holding the page's first {@code <h1>} is never a comment
 * section, whatever its name says. The first heading of rank one is the page's headline on
 * every site and in every language (comments come after the story), so an element around it
 * wraps the story itself: a Q&A widget's {@code commenting-on-qna} section around a whole
 * ranking page, say. Only the comment sections inside such an element stay candidates.
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
     * The outermost of the named elements once those holding the headline are set aside.
     *
     * @param named    every element named as a comment section, nested ones too, in document order
     * @param headline the page's first {@code <h1>}, or null when it has none
     */
    static List<Element> outermostWithout(List<Element> named, Element headline) {
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> outermost = new ArrayList<>();
        for (Element e : named) {
            // an ancestor kept comes first in document order; e itself is not kept yet
            if ((headline == null || !Ancestors.isWithin(headline, e)) && !Ancestors.isWithin(e, kept)) {
                kept.add(e);
                outermost.add(e);
            }
        }
        return outermost;
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
