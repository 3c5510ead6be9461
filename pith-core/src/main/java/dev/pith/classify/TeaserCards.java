package dev.pith.classify;

import dev.pith.block.BlockTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        AlikeChildren alike = AlikeChildren.of(tree);
        return find(tree, alike, SiblingMeasures.of(tree, alike));
    }

    /**
     * The card elements among the ancestors of the blocks, whose alike children are {@code alike}
     * and measures {@code measures}.
     */
    static Set<Element> find(BlockTree tree, AlikeChildren alike, SiblingMeasures measures) {
        Set<Element> cards = new LinkedHashSet<>();
        for (int parent : alike.parents()) {
            // Fewer children with text than a carousel has: no need to look at the element's.
            if (tree.childCount(parent) >= MIN_CARDS) {
                collectCards(tree, parent, alike, measures, cards);
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
    private static void collectCards(BlockTree tree, int parent, AlikeChildren alike, SiblingMeasures measures,
                                     Set<Element> cards) {
        double[] words = measures.words();
        double[] linkWords = measures.linkWords();
        List<List<Integer>> groups = new ArrayList<>(alike.exactGroups(parent));
        Element element = tree.element(parent);
        if (hasNumberedChild(element)) {
            groups.addAll(AlikeChildren.group(tree, element, words, SiblingShape::withoutNumbers));
        }
        for (List<Integer> group : groups) {
            if (group.size() >= MIN_CARDS && group.stream().allMatch(n -> isCard(words[n], linkWords[n]))
                    && !EntryTitles.areTitles(tree, element, group, measures)) {
                group.forEach(n -> cards.add(tree.element(n)));
            }
        }
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
