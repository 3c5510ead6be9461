package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    static Set<Element> find(List<TextBlock> blocks) {
        Map<Element, int[]> counts = new LinkedHashMap<>();
        for (TextBlock b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                int[] c = counts.computeIfAbsent(e, k -> new int[2]);
                c[0] += b.words();
                c[1] += b.linkWords();
            }
        }
        Set<Element> cards = new java.util.LinkedHashSet<>();
        Set<Element> seenParents = new java.util.LinkedHashSet<>();
        for (Element e : counts.keySet()) {
            Element parent = e.parent();
            if (parent != null && seenParents.add(parent)) {
                collectCards(parent, counts, cards);
            }
        }
        return cards;
    }

    private static void collectCards(Element parent, Map<Element, int[]> counts, Set<Element> cards) {
        Map<String, List<Element>> groups = new HashMap<>();
        for (Element child : parent.children()) {
            int[] c = counts.get(child);
            if (c != null && c[0] > 0) {
                groups.computeIfAbsent(child.normalName() + '.' + child.className(), k -> new ArrayList<>()).add(child);
            }
        }
        for (List<Element> group : groups.values()) {
            if (group.size() >= MIN_CARDS && group.stream().allMatch(e -> isCard(counts.get(e)))) {
                cards.addAll(group);
            }
        }
    }

    private static boolean isCard(int[] wordsAndLinkWords) {
        return wordsAndLinkWords[0] <= MAX_CARD_WORDS
                && wordsAndLinkWords[1] >= MIN_LINK_SHARE * wordsAndLinkWords[0];
    }
}
