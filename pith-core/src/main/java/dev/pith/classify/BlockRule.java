package dev.pith.classify;

import dev.pith.block.TextBlock;

/**
 * One heuristic that may drop a block from the main content. A rule has one job, a name that
 * {@code --explain} shows, and a comment saying which pages made it necessary.
 */
public interface BlockRule {

    String name();

    /** True when {@code block} (at position {@code i} of the context's blocks) is not main content. */
    boolean drops(TextBlock block, int i, RuleContext context);
}
