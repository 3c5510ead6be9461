package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;

/**
 * For precision: blocks whose own content weight is below zero — short labels, link-heavy
 * lines — even inside the region. Headings and images are spared: they carry the structure.
 */
final class NegativeWeightRule implements BlockRule {

    @Override
    public String name() {
        return "negative-weight";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return block.kind() != BlockKind.HEADING && block.kind() != BlockKind.IMAGE
                && ContentWeight.ARTICLE.of(block) < 0;
    }
}
