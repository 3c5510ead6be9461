package dev.pith.prune;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reader comments under an article. Only applied when the page has an article of its own
 * outside the comments ({@link Pruner} checks); on a forum or Q&A page the "comments" are the
 * content and stay.
 */
final class CommentSectionRule implements PruneRule {

    private static final Pattern COMMENTS = Pattern.compile(
            "comment|disqus|respond|reply-form|replyform|discussion|reactions");

    @Override
    public String name() {
        return "comments";
    }

    @Override
    public boolean matches(Element e, PruneContext context) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) {
            return false;
        }
        for (String token : ClassNames.tokens(e)) {
            if (context.tokenVerdict(name(), token, t -> COMMENTS.matcher(t).find())) {
                return true;
            }
        }
        return false;
    }
}
