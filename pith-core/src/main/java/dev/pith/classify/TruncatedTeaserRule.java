package dev.pith.classify;

import dev.pith.block.TextBlock;

/**
 * Teaser summaries beside the article: other stories' first sentences cut off with an ellipsis
 * and a link to read on ({@link TruncatedTeasers}). Lists of further stories set under an
 * article, and boxes of the site's other pages, are built of them; their summaries are prose,
 * so nothing else tells them from text. The shape is the same in every language.
 */
final class TruncatedTeaserRule implements BlockRule {

    @Override
    public String name() {
        return "truncated-teaser";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return context.isTruncatedTeaser(i);
    }
}
