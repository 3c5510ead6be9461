package dev.pith.classify;

import dev.pith.block.TextBlock;

/** Blocks of the articles appended below the page's own ({@link FollowingArticles}). */
final class FollowingArticleRule implements BlockRule {

    @Override
    public String name() {
        return "following-article";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return context.inFollowingArticle(block);
    }
}
