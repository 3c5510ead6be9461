package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * The children that hold words of each parent in a page's block tree, grouped by their exact
 * shape ({@link SiblingShape.Exact}): the candidates for a run of teaser cards ({@link TeaserCards})
 * and for a teaser stream ({@link TeaserItems}).
 */
final class AlikeChildren {

    /** Parents with fewer children that hold words can hold no run of cards or items. */
    static final int MIN_CHILDREN = Math.min(TeaserCards.MIN_CARDS, TeaserItems.MIN_ITEMS);

    private final double[] words;
    /** The parents with at least {@link #MIN_CHILDREN} children, in the order the tree's nodes first name them. */
    private final List<Integer> parents = new ArrayList<>();
    /** Per node, its children's groups; null for a node not among {@link #parents}. */
    private final List<Collection<List<Integer>>> groups;

    private AlikeChildren(BlockTree tree) {
        this.words = tree.sum(TextBlock::words);
        this.groups = new ArrayList<>(Collections.nCopies(tree.size(), null));
        for (int n = 0; n < tree.size(); n++) {
            int parent = tree.parent(n);
            if (parent >= 0 && groups.get(parent) == null && tree.childCount(parent) >= MIN_CHILDREN) {
                parents.add(parent);
                groups.set(parent, group(tree, tree.element(parent), words, SiblingShape.Exact::of));
            }
        }
    }

    /** The groups of {@code tree}. */
    static AlikeChildren of(BlockTree tree) {
        return new AlikeChildren(tree);
    }

    /** Per node, the words of the blocks below it; not to be changed. */
    double[] words() {
        return words;
    }

    /** The parents whose children are grouped, in the order the tree's nodes first name them. */
    List<Integer> parents() {
        return parents;
    }

    /** The children of {@code parent}, one of {@link #parents}, grouped by exact shape. */
    Collection<List<Integer>> exactGroups(int parent) {
        return groups.get(parent);
    }

    /**
     * The nodes of the element's children that hold words, grouped by {@code shape}: the
     * candidates for a run of cards or items.
     */
    static Collection<List<Integer>> group(BlockTree tree, Element parent, double[] words,
                                           Function<Element, ?> shape) {
        Map<Object, List<Integer>> groups = new HashMap<>();
        // Child nodes by index: Element.children() builds a new list, and this runs per parent of blocks.
        for (int i = 0; i < parent.childNodeSize(); i++) {
            if (!(parent.childNode(i) instanceof Element child)) {
                continue;
            }
            int n = tree.nodeOf(child);
            if (n >= 0 && words[n] > 0) {
                groups.computeIfAbsent(shape.apply(child), k -> new ArrayList<>()).add(n);
            }
        }
        return groups.values();
    }
}
