package dev.pith.prune;

import dev.pith.util.Chars;
import dev.pith.util.TextMetrics;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * The counts a Q&A or forum template marks up for search engines (schema.org microdata): the
 * votes beside each answer ({@code itemprop="upvoteCount"}), a thread's answer and comment
 * counts, a post's likes ({@code userInteractionCount}). The markup names them whatever the
 * page's language; each is a bare figure, or a figure and its label ("13", "11 Answers"), that
 * the site counted, not text anyone wrote. A longer element carrying the property holds more
 * than the count and is left to the other rules.
 */
final class InteractionCountRule implements PruneRule {

    /** The microdata properties of counts, in lower case. */
    private static final Set<String> COUNT_PROPERTIES = Set.of(
            "upvotecount", "downvotecount", "answercount", "commentcount", "userinteractioncount", "interactioncount");
    /** A count is a figure and a label word at most. */
    static final int MAX_WORDS = 2;

    @Override
    public String name() {
        return "interaction-count";
    }

    @Override
    public boolean matches(Element e, PruneContext context) {
        if (e.attributesSize() == 0) {
            return false;
        }
        Attributes attributes = e.attributes();
        String property = attributes.get("itemprop");
        if (property.isEmpty() || !COUNT_PROPERTIES.contains(property.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String text = e.text();
        return TextMetrics.words(text) <= MAX_WORDS && Chars.hasDigit(text);
    }
}
