package dev.pith.classify;

import dev.pith.block.TextBlock;

/**
 * Drops the figure lines a thread's template sets in each post ({@link PostFigures}): when the
 * poster answered, their reputation and badges, post count and likes are the forum's record of
 * the post, not what the thread says.
 */
final class PostFigureRule implements BlockRule {

    @Override
    public String name() {
        return "post-figure";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return context.postFigures().contains(block.index());
    }
}
