package dev.pith.clean;

import dev.pith.model.Article;
import java.util.List;

/**
 * The result of cleaning one text, with the reasons.
 *
 * @param article   the cleaned article
 * @param decisions one decision per line, in order (the first line's says whether it was the title)
 */
public record Cleaning(Article article, List<LineDecision> decisions) {

    /** Checks and normalises the components, as the class comment describes. */
    public Cleaning {
        decisions = List.copyOf(decisions);
    }
}
