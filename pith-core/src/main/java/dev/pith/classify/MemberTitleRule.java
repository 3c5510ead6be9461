package dev.pith.classify;

import dev.pith.block.TextBlock;

/**
 * Drops the members' titles beside a thread's posts ({@link MemberTitles}): "Well-known member"
 * is the forum's rank of the poster, not what the thread says.
 */
final class MemberTitleRule implements BlockRule {

    @Override
    public String name() {
        return "member-title";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return context.memberTitles().contains(block.index());
    }
}
