package dev.pith;

import dev.pith.classify.Decision;
import dev.pith.model.Article;
import dev.pith.prune.Removal;
import java.util.List;

/**
 * An article with the reasons behind it: what pruning removed and the verdict on every text
 * block, each naming the rule that made it. For {@code --explain} and debugging rules.
 *
 * @param article   the result
 * @param region    the chosen main-content containers, as {@code tag.class#id} paths
 * @param removals  subtrees removed before segmentation
 * @param decisions one verdict per text block, in document order
 */
public record Extraction(Article article, List<String> region, List<Removal> removals, List<Decision> decisions) {

    public Extraction {
        region = List.copyOf(region);
        removals = List.copyOf(removals);
        decisions = List.copyOf(decisions);
    }
}
