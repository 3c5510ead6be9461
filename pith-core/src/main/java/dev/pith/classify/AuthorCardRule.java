package dev.pith.classify;

import dev.pith.block.TextBlock;
import dev.pith.parse.Ancestors;

/**
 * Drops the author cards of a thread's posts ({@link AuthorCards}): the poster's join date, post
 * count and reaction score beside each post are the forum's record of the member, not what the
 * thread says. The poster's name stays (it is outside the card's list).
 */
final class AuthorCardRule implements BlockRule {

    @Override
    public String name() {
        return "author-card";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return !context.authorCards().isEmpty() && Ancestors.isWithin(block.owner(), context.authorCards());
    }
}
