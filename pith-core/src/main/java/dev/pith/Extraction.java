package dev.pith;

import dev.pith.model.Article;
import java.util.List;

/**
 * An article with the reasons behind it: what pruning removed and the verdict on every text
 * block, each naming the rule that made it. What {@link Pith#explain} returns, for
 * {@code --explain}, a review page, and for debugging rules.
 *
 * @param article  the result
 * @param region   the chosen main-content containers, as {@code tag.class#id} paths
 * @param removals elements removed before the text was read, in document order
 * @param blocks   one verdict per text block, in document order
 */
public record Extraction(Article article, List<String> region, List<PrunedElement> removals,
                         List<BlockVerdict> blocks) {

    /** Checks and normalises the components, as the class comment describes. */
    public Extraction {
        region = List.copyOf(region);
        removals = List.copyOf(removals);
        blocks = List.copyOf(blocks);
    }
}
