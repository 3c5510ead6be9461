package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;

/**
 * Blocks that are mostly link text: tag clouds, "see also" lines, inline navigation left inside
 * the article container. Headings are spared: on listings and forums the linked heading is
 * the item's title.
 */
final class LinkListRule implements BlockRule {

    /** Share of linked words above which a block is a link, not text. */
    static final double MAX_LINK_DENSITY = 0.8;
    /** Longer link-heavy blocks are rare and usually a paragraph of citations: keep. */
    static final int MAX_WORDS = 30;

    @Override
    public String name() {
        return "link-list";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return isLinkList(block);
    }

    /** Whether {@code block} is a short run of links that this rule drops wherever it stands. */
    static boolean isLinkList(TextBlock block) {
        return block.kind() != BlockKind.HEADING
                && block.words() <= MAX_WORDS
                && block.linkDensity() > MAX_LINK_DENSITY;
    }
}
