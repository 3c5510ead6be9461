package dev.pith.classify;

import dev.pith.block.TextBlock;
import dev.pith.parse.Ancestors;

/**
 * Blocks of the customer reviews on a product page ({@link ReviewSections}): ratings, reviewers'
 * names and what they wrote under the product's description. WCXB's product pages keep the
 * description and the specifications, not the shoppers' reviews, as a news page keeps its article
 * without the readers' comments.
 */
final class ReviewSectionRule implements BlockRule {

    @Override
    public String name() {
        return "review-section";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return !context.reviewSections().isEmpty() && Ancestors.isWithin(block.owner(), context.reviewSections());
    }
}
