package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import dev.pith.parse.Ancestors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds a page's list of items: the container whose children repeat one structure (same tag
 * and classes) and together carry the most substantial text. Product grids, search results,
 * news front pages and link aggregators are built this way, and there the items are the
 * content even when every word of them is a link.
 */
final class RepeatedItemsSelector {

    /** Fewer siblings than this are not a list. */
    static final int MIN_ITEMS = 3;
    /** Links shorter than this (menu entries, "reply", "42 comments") add nothing to an item. */
    static final double MIN_WORDS_PER_LINK = 3;
    /** Paragraphs are a list's items only when at least this share of them carry links ({@link ItemGroup}). */
    static final double MIN_LINKED_SHARE = 0.5;
    /** A table row (or cell) carrying more than this share of its table's (row's) weight makes it a layout ({@link ItemGroup}). */
    static final double MAX_ROW_SHARE = 2.0 / 3;

    /** Elements that hold a page's furniture rather than its content. */
    static final Set<String> LANDMARKS = Set.of("nav", "header", "footer", "aside");

    private RepeatedItemsSelector() {
    }

    /** The container of the heaviest repeated structure and its weight; weight 0 when there is none. */
    static Region select(BlockTree tree) {
        return find(tree).region();
    }

    /**
     * The heaviest repeated structure: its container and weight ({@link #select}) and how its items
     * are built, for {@link OutweighingItems}; an empty region and no items when there is none.
     */
    static ItemList find(BlockTree tree) {
        // Each element's weight is that of the substantial blocks below it.
        double[] weights = tree.sum(b -> Math.max(0, substantialWords(b)));
        double[] contributors = tree.sum(b -> substantialWords(b) > 0 ? 1 : 0);
        double[] linkWords = tree.sum(TextBlock::linkWords);
        Element best = null;
        ItemGroup bestGroup = null;
        boolean[] seenParents = new boolean[tree.size()];
        for (int n : inFirstContributionOrder(tree)) {
            int parent = tree.parent(n);
            if (parent < 0 || seenParents[parent] || tree.childCount(parent) < MIN_ITEMS) {
                continue;
            }
            seenParents[parent] = true;
            // the menus and widget stacks of a page's navigation, header, footer or side column
            // repeat one structure too, and their multi-word entries outweigh a shop's short
            // product names, yet they are the same on every page
            if (Ancestors.closest(tree.element(parent), LANDMARKS) != null) {
                continue;
            }
            ItemGroup group = heaviestGroup(tree, tree.element(parent), weights, contributors, linkWords);
            if (group != null && (bestGroup == null || group.sum > bestGroup.sum)) {
                best = tree.element(parent);
                bestGroup = group;
            }
        }
        return best == null ? ItemList.NONE
                : new ItemList(new Region(List.of(best), bestGroup.sum, Region.Kind.ITEMS), bestGroup.items,
                        bestGroup.linked, bestGroup.heaviest);
    }

    /**
     * A page's list of items as {@link #find} found it.
     *
     * @param region   the list's container, weighing the items' substantial words
     * @param items    how many items the list has
     * @param linked   how many of them carry a link
     * @param heaviest the weight of the heaviest item
     */
    record ItemList(Region region, int items, int linked, double heaviest) {
        static final ItemList NONE = new ItemList(new Region(List.of(), 0, Region.Kind.ITEMS), 0, 0, 0);

        double weight() {
            return region.weight();
        }
    }

    /**
     * The elements with substantial blocks below them, in the order the blocks, in document
     * order, reach them: on equal weights the first container wins, whatever the tree's order.
     */
    private static List<Integer> inFirstContributionOrder(BlockTree tree) {
        List<Integer> order = new ArrayList<>();
        boolean[] seen = new boolean[tree.size()];
        for (int b = 0; b < tree.blocks().size(); b++) {
            if (substantialWords(tree.blocks().get(b)) <= 0) {
                continue;
            }
            for (int n = tree.ownerOf(b); n >= 0 && !seen[n]; n = tree.parent(n)) {
                seen[n] = true;
                order.add(n);
            }
        }
        return order;
    }

    /** The heaviest group of alike children of {@code parent} that makes a list; null when none does. */
    private static ItemGroup heaviestGroup(BlockTree tree, Element parent, double[] weights, double[] contributors,
                                        double[] linkWords) {
        Map<String, ItemGroup> groups = new HashMap<>();
        for (Element child : parent.children()) {
            int n = tree.nodeOf(child);
            if (n < 0 || contributors[n] == 0) {
                continue;
            }
            groups.computeIfAbsent(SiblingShape.of(child), shape -> new ItemGroup(child.normalName()))
                    .add(weights[n], linkWords[n] > 0);
        }
        ItemGroup best = null;
        for (ItemGroup g : groups.values()) {
            if (g.isList() && g.sum > 0 && (best == null || g.sum > best.sum)) {
                best = g;
            }
        }
        return best;
    }

    /**
     * The items of one shape under a parent and their weights. Two runs of siblings look like a
     * list's items and are not:
     * <ul>
     * <li>the rows of a layout table (a header row, the row holding the text beside the navigation
     * column, a footer row), or the cells of a layout row (a menu column, the text, a column of
     * news), where one row or cell carries nearly all the words: that one is a page, not an item.
     * Only table rows and cells are judged so: a section of a modern page whose children are a
     * heading, an intro and the list itself is, by luck of shape, the list with its heading;</li>
     * <li>paragraphs most of which link nowhere: the running text of a short article (shorter
     * than {@link RegionSelector#MIN_ARTICLE_WEIGHT}) and its copyright line, which taken for a
     * list would make the menu beside it the items' names. Paragraphs that are a list's items
     * (a linked title and its summary each) link one by one.</li>
     * </ul>
     */
    private static final class ItemGroup {
        /** Table rows or cells: a layout's parts when one of them carries nearly all the words. */
        final boolean rows;
        final boolean paragraphs;
        int items;
        int linked;
        double sum;
        double heaviest;

        /** @param tag the tag every item of the shape has */
        ItemGroup(String tag) {
            rows = tag.equals("tr") || tag.equals("td") || tag.equals("th");
            paragraphs = tag.equals("p");
        }

        void add(double weight, boolean hasLinks) {
            items++;
            sum += weight;
            heaviest = Math.max(heaviest, weight);
            if (hasLinks) {
                linked++;
            }
        }

        /** Whether the items are enough, and alike and linked enough, to be a list. */
        boolean isList() {
            return items >= MIN_ITEMS && !(rows && heaviest > MAX_ROW_SHARE * sum) && !(paragraphs && linked < MIN_LINKED_SHARE * items);
        }
    }

    /** Words of prose and of title-length links; menu-length links count nothing. */
    private static double substantialWords(TextBlock b) {
        int prose = b.words() - b.linkWords();
        return b.wordsPerLink() >= MIN_WORDS_PER_LINK ? prose + b.linkWords() : prose;
    }
}
