package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;

/**
 * A page's list of items that outweighs the text the article profile chose, and comes before it.
 * A listing's grid weighs little by the article profile (short linked names, prices, dates), so any
 * block of prose elsewhere on the page wins over it as soon as it weighs an article's minimum: the
 * shop's "contact us to purchase" box below the products, a measuring element full of filler words,
 * a section's blurb under the last card. Such a text follows the whole list, where an article's own
 * text comes before the lists that go with it (related stories, a headline stream in the side
 * column). The list takes the region back when all of these hold:
 * <ul>
 * <li>it weighs {@link #MIN_WEIGHT_RATIO} times the article region (its items' substantial words
 * against the article's weight, which counts prose about a word a word);</li>
 * <li>its items are alike in size, none over {@link #MAX_ITEM_SHARE} of the list: the sections of a
 * landing page or the panels of a settings box repeat one template too, but one of them carries
 * most of the words;</li>
 * <li>nearly all of them link ({@link #MIN_LINKED_SHARE}): a listing's items lead to their pages;</li>
 * <li>the list ends before the article region's first block: text after the list is the page's
 * tail, a text before it is what the page is about.</li>
 * </ul>
 */
final class OutweighingItems {

    /** The list must weigh this many times the article region. */
    static final double MIN_WEIGHT_RATIO = 2;
    /** No item may carry more than this share of the list's weight. */
    static final double MAX_ITEM_SHARE = 0.3;
    /** At least this share of the items must carry a link. */
    static final double MIN_LINKED_SHARE = 0.8;

    private OutweighingItems() {
    }

    /** The page's list of items (with its introduction) when it outweighs {@code article}, else {@code article}. */
    static Region orArticle(BlockTree tree, Region article) {
        // A list that ends before the article weighs no more than the words before it: most article
        // pages have a header's few words there, and the look for the list is spared.
        if (wordsBefore(tree, article) < MIN_WEIGHT_RATIO * article.weight()) {
            return article;
        }
        RepeatedItemsSelector.ItemList list = RepeatedItemsSelector.find(tree);
        if (!outweighs(list, article) || !endsBefore(tree, list.region(), article)) {
            return article;
        }
        return list.region().with(ListingIntros.before(tree, list.region()));
    }

    /** Whether the list is heavy, even and linked enough to be the page's content beside {@code article}. */
    static boolean outweighs(RepeatedItemsSelector.ItemList list, Region article) {
        return list.weight() >= MIN_WEIGHT_RATIO * article.weight()
                && list.heaviest() <= MAX_ITEM_SHARE * list.weight()
                && list.linked() >= MIN_LINKED_SHARE * list.items();
    }

    /** The words of the blocks before the first block of {@code article}. */
    private static int wordsBefore(BlockTree tree, Region article) {
        int words = 0;
        for (TextBlock b : tree.blocks()) {
            if (article.contains(b.owner())) {
                return words;
            }
            words += b.words();
        }
        return words;
    }

    /** Whether every block of {@code list} comes before the first block of {@code article}. */
    private static boolean endsBefore(BlockTree tree, Region list, Region article) {
        int lastOfList = -1;
        int firstOfArticle = -1;
        for (TextBlock b : tree.blocks()) {
            if (list.contains(b.owner())) {
                lastOfList = b.index();
            }
            if (firstOfArticle < 0 && article.contains(b.owner())) {
                firstOfArticle = b.index();
            }
        }
        return lastOfList >= 0 && firstOfArticle > lastOfList;
    }
}
