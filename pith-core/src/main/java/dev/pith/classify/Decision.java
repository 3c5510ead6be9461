package dev.pith.classify;

import dev.pith.block.TextBlock;

/**
 * The verdict on one block: kept as main content, or dropped by the named rule.
 *
 * @param block the block
 * @param kept  true when it is main content
 * @param rule  the rule that dropped it; empty when kept
 */
public record Decision(TextBlock block, boolean kept, String rule) {
}
