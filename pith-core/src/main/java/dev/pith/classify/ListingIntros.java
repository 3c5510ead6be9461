package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import dev.pith.parse.Ancestors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The introduction above a page's list of items: category pages, course catalogues and shop
 * collections open with a sentence or two saying what the list is, in a container of their own
 * before the grid. The listing profile chooses the grid, which leaves the introduction out,
 * yet it is the page's own text. The containers before the region's first root, and before
 * each of its ancestors up to {@link #MAX_LEVELS} levels up, are searched, and their sentences
 * join the region: blocks of words enough with few of them in links. Only sentences, not the
 * containers: a filter panel's options or a sale banner's labels stand beside them. The search
 * stops at the first container whose words are mostly links (filters, breadcrumbs, a menu):
 * the introduction sits between those and the grid. More than {@link #MAX_INTRO_SENTENCES}
 * sentences are no introduction, and none join.
 */
final class ListingIntros {

    /** How many levels above the grid an introduction is looked for. */
    static final int MAX_LEVELS = 3;
    /** A block joins with at least this many words: a sentence, not a label or a count. */
    static final int MIN_INTRO_WORDS = 12;
    /** ...and at most this share of them in links. */
    static final double MAX_INTRO_LINK_SHARE = 0.3;
    /**
     * An introduction has at most this many sentences: more before a grid are another stream's
     * summaries or an article's paragraphs, which the region left out on purpose.
     */
    static final int MAX_INTRO_SENTENCES = 3;
    /** A container with more than this share of its words in links ends the search. */
    static final double MAX_PASSED_LINK_SHARE = 0.5;

    private ListingIntros() {
    }

    /** The owners of the introduction's sentences before the region; none for an article region. */
    static List<Element> before(BlockTree tree, Region region) {
        if (region.kind() == Region.Kind.ARTICLE || region.roots().isEmpty()) {
            return List.of();
        }
        Element grid = region.roots().get(0);
        if (!linksToItems(tree, grid)) {
            return List.of();
        }
        Set<Element> searched = searchedContainers(tree, grid);
        List<Element> intro = new ArrayList<>();
        if (searched.isEmpty()) {
            return intro;
        }
        for (TextBlock b : tree.blocks()) {
            if (isSentence(b) && !intro.contains(b.owner()) && Ancestors.isWithin(b.owner(), searched)) {
                intro.add(b.owner());
            }
        }
        return intro.size() <= MAX_INTRO_SENTENCES ? intro : List.of();
    }

    /** The containers before the grid and its ancestors, up to the first that is mostly links. */
    private static Set<Element> searchedContainers(BlockTree tree, Element grid) {
        double[] words = tree.sum(TextBlock::words);
        double[] linkWords = tree.sum(TextBlock::linkWords);
        Set<Element> searched = Collections.newSetFromMap(new IdentityHashMap<>());
        Element up = grid;
        for (int level = 0; level < MAX_LEVELS && up.parent() != null; level++, up = up.parent()) {
            for (Element s = up.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                int n = tree.nodeOf(s);
                if (n < 0 || words[n] == 0) {
                    continue;
                }
                if (linkWords[n] / words[n] > MAX_PASSED_LINK_SHARE) {
                    return searched;
                }
                searched.add(s);
            }
        }
        return searched;
    }

    /**
     * True when the grid links to at least as many pages as a list has items: a catalogue's
     * grid links to its entries, while a product's details section, also built of repeated
     * rows, links nowhere, and the notes above it (stock, fit) are no introduction.
     */
    private static boolean linksToItems(BlockTree tree, Element grid) {
        int n = tree.nodeOf(grid);
        return n >= 0 && tree.sum(TextBlock::links)[n] >= RepeatedItemsSelector.MIN_ITEMS;
    }

    private static boolean isSentence(TextBlock b) {
        return b.words() >= MIN_INTRO_WORDS && b.linkDensity() <= MAX_INTRO_LINK_SHARE;
    }
}
