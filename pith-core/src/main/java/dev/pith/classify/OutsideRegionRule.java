package dev.pith.classify;

import dev.pith.block.TextBlock;

/** Blocks outside the chosen main-content region: headers, sidebars, footers not caught by pruning. */
final class OutsideRegionRule implements BlockRule {

    @Override
    public String name() {
        return "outside-region";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return !context.region().contains(block.owner());
    }
}
