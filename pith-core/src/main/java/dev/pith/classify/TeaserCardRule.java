package dev.pith.classify;

import dev.pith.block.TextBlock;
import dev.pith.parse.Ancestors;

/**
 * Blocks inside teaser cards ({@link TeaserCards}) when the page has an article: the related
 * and "also viewed" carousels that sit inside article and product containers.
 */
final class TeaserCardRule implements BlockRule {

    /** The rule's name, which {@link IntroducedListRule} looks for among the verdicts. */
    static final String NAME = "teaser-card";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        if (context.region().kind() != Region.Kind.ARTICLE || context.teaserCards().isEmpty()) {
            return false;
        }
        return Ancestors.isWithin(block.owner(), context.teaserCards());
    }
}
