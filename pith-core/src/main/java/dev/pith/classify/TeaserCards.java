package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * Finds teaser cards: runs of like siblings (same tag and classes) each of which is mostly
 * the words of its links — "related stories", "people also viewed", "more from" carousels.
 * Around an article or a product they point elsewhere; on a listing they are the content,
 * which is why only article regions drop them.
 */
final class TeaserCards {

    /** Fewer alike siblings are not a carousel. */
    static final int MIN_CARDS = 3;
    /** A card is mostly link when at least this share of its words are linked. */
    static final double MIN_LINK_SHARE = 0.5;
    /** Cards are short; a longer sibling is a section of the article. */
    static final int MAX_CARD_WORDS = 80;

    private TeaserCards() {
    }

    /** The card elements among the ancestors of the blocks. */
    static Set<Element> find(BlockTree tree) {
        double[] words = tree.sum(TextBlock::words);
        double[] linkWords = tree.sum(TextBlock::linkWords);
        Set<Element> cards = new LinkedHashSet<>();
        boolean[] seenParents = new boolean[tree.size()];
        for (int n = 0; n < tree.size(); n++) {
            int parent = tree.parent(n);
            // Fewer children with text than a carousel has: no need to look at the element's.
            if (parent >= 0 && !seenParents[parent] && tree.childCount(parent) >= MIN_CARDS) {
                seenParents[parent] = true;
                collectCards(tree, tree.element(parent), words, linkWords, cards);
            }
        }
        return cards;
    }

    /**
     * Cards are sought among children alike in their whole class attribute, and again among those
     * alike once numbered class names are set aside: news templates number each card of a "keep
     * reading" row ("teaser pos1 nid8F3K"), and the exact grouping alone would see no run there.
     * The exact groups stay, as one wider group holding a longer sibling would find no card at all.
     */
    private static void collectCards(BlockTree tree, Element parent, double[] words, double[] linkWords,
                                     Set<Element> cards) {
        List<List<Integer>> groups = new ArrayList<>(alikeChildren(tree, parent, words, SiblingShape.Exact::of));
        if (hasNumberedChild(parent)) {
            groups.addAll(alikeChildren(tree, parent, words, SiblingShape::withoutNumbers));
        }
        for (List<Integer> group : groups) {
            if (group.size() >= MIN_CARDS && group.stream().allMatch(n -> isCard(words[n], linkWords[n]))) {
                group.forEach(n -> cards.add(tree.element(n)));
            }
        }
    }

    /**
     * The nodes of the element's children that hold words, grouped by tag and classes: the
     * candidates for a run of cards or items.
     */
    static Collection<List<Integer>> alikeChildren(BlockTree tree, Element parent, double[] words,
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

    /** Whether a child element has a class name with a digit: else the second grouping is the first. */
    private static boolean hasNumberedChild(Element parent) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            if (parent.childNode(i) instanceof Element child && SiblingShape.hasDigit(child.className())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCard(double words, double linkWords) {
        return words <= MAX_CARD_WORDS && linkWords >= MIN_LINK_SHARE * words;
    }
}
