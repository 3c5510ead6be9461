package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import java.util.List;
import org.jsoup.nodes.Element;

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
 * <li>the list ends before the article region reaches half its weight: a text mostly after the
 * list is the page's tail (its references, its contact box), a text mostly before it is what the page
 * is about. A lead paragraph before a table of items may still be part of the region.</li>
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
        int midpoint = weightMidpoint(tree, article);
        // A list that ends before the article's midpoint weighs no more than the words before it: on
        // most article pages a header's few words, and the look for the list is spared.
        if (wordsBefore(tree, midpoint) < MIN_WEIGHT_RATIO * article.weight()) {
            return article;
        }
        RepeatedItemsSelector.ItemList list = RepeatedItemsSelector.find(tree);
        if (!outweighs(list, article) || !endsBefore(tree, list.region(), article, midpoint)) {
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

    /**
     * The index of the article region's block by which half its weight (of prose, what the region
     * was chosen by) is reached; the number of blocks when it has none. An introduction before the
     * list (a table's lead paragraph) leaves the text's weight after it.
     */
    private static int weightMidpoint(BlockTree tree, Region article) {
        List<TextBlock> blocks = tree.blocks();
        double[] weights = new double[blocks.size()];
        double total = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (article.contains(blocks.get(i).owner())) {
                weights[i] = Math.max(0, ContentWeight.ARTICLE.of(blocks.get(i)));
                total += weights[i];
            }
        }
        double reached = 0;
        for (int i = 0; i < blocks.size(); i++) {
            reached += weights[i];
            if (weights[i] > 0 && reached >= total / 2) {
                return i;
            }
        }
        return blocks.size();
    }

    /** The words of the blocks before block {@code end}. */
    private static int wordsBefore(BlockTree tree, int end) {
        int words = 0;
        for (int i = 0; i < end; i++) {
            words += tree.blocks().get(i).words();
        }
        return words;
    }

    /** Whether {@code list} holds none of the article's blocks and ends before block {@code midpoint}. */
    private static boolean endsBefore(BlockTree tree, Region list, Region article, int midpoint) {
        int lastOfList = -1;
        List<TextBlock> blocks = tree.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Element owner = blocks.get(i).owner();
            if (list.contains(owner)) {
                if (article.contains(owner)) {
                    return false;
                }
                lastOfList = i;
            }
        }
        return lastOfList >= 0 && lastOfList < midpoint;
    }
}
