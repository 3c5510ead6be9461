package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.List;

/**
 * What block rules may read besides the block itself.
 *
 * @param blocks all blocks of the page, in document order
 * @param region the chosen main-content region
 * @param title  the page's headline as the metadata stage found it, or empty
 */
public record RuleContext(List<TextBlock> blocks, Region region, String title) {

    public RuleContext {
        blocks = List.copyOf(blocks);
        title = title == null ? "" : title;
    }
}
