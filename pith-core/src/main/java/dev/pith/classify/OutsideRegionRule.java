package dev.pith.classify;

import dev.pith.block.TextBlock;

/**
 * Blocks outside the chosen main-content region: headers, sidebars, footers not caught by pruning.
 * The opening text before the region ({@link OpeningText}), a thread's question above its replies,
 * is the page's own.
 */
final class OutsideRegionRule implements BlockRule {

    @Override
    public String name() {
        return "outside-region";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return !context.region().contains(block.owner()) && !context.isOpeningText(i);
    }
}
