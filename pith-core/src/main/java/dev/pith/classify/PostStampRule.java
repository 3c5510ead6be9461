package dev.pith.classify;

import dev.pith.block.TextBlock;

/**
 * Drops the stamps a Q&A template sets in each post, whatever verb each carries ({@link PostStamps}):
 * when a post was asked, answered or edited is the site's record of the post, not what it says.
 */
final class PostStampRule implements BlockRule {

    @Override
    public String name() {
        return "post-stamp";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return context.postStamps().contains(block.index());
    }
}
