package dev.pith.classify;

import dev.pith.block.BlockTree;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds entry titles: alike siblings that are mostly link, each followed by unlinked text of its
 * own — a blog's index ("Title, date" then the entry's summary), a "best resources" guide whose
 * linked headings each open a paragraph about the resource. Alike and linked, they look like
 * teaser cards ({@link TeaserCards}) or a link list ({@link LinkListRule}), yet each is the name
 * of the text that follows it, in any language: what marks them is the alternation, not words.
 */
final class EntryTitles {

    /** Fewer alternations are a chance pairing, not a list of entries. */
    static final int MIN_TITLES = 3;
    /**
     * A title is one line, one block: a box holding a label over a headline ("News", then the
     * title) is a teaser set between an article's paragraphs, not the title of the text after it.
     */
    static final int TITLE_BLOCKS = 1;
    /** Titles are short; a longer sibling is a section of its own. */
    static final int MAX_TITLE_WORDS = 40;
    /**
     * The unlinked text between the titles must weigh at least this many words per word of the
     * titles: short labels between the cards of a carousel ("new", "video") are not entries.
     */
    static final double MIN_INTERLEAVED_SHARE = 1.0;

    private EntryTitles() {
    }

    /**
     * The title elements among the ancestors of the blocks, whose alike children are {@code alike}
     * and measures {@code measures}.
     */
    static Set<Element> find(BlockTree tree, AlikeChildren alike, SiblingMeasures measures) {
        Set<Element> titles = new LinkedHashSet<>();
        for (int parent : alike.parents()) {
            Element element = tree.element(parent);
            for (List<Integer> group : alike.exactGroups(parent)) {
                if (areTitles(tree, element, group, measures)) {
                    group.forEach(n -> titles.add(tree.element(n)));
                }
            }
        }
        return titles;
    }

    /** Whether the alike children {@code group} of {@code parent} are the titles of a list of entries. */
    static boolean areTitles(BlockTree tree, Element parent, List<Integer> group, SiblingMeasures m) {
        return group.size() >= MIN_TITLES
                && group.stream().allMatch(n -> m.blocks()[n] == TITLE_BLOCKS && isTitle(m.words()[n], m.linkWords()[n]))
                && isInterleaved(tree, parent, group, m);
    }

    /** Short, and mostly link as a teaser card is. */
    private static boolean isTitle(double words, double linkWords) {
        return words <= MAX_TITLE_WORDS && linkWords >= TeaserCards.MIN_LINK_SHARE * words;
    }

    /**
     * Whether the group's members, children of {@code parent} in its order, alternate with unlinked
     * text of their siblings: some between every two of them, and in all at least
     * {@link #MIN_INTERLEAVED_SHARE} of their own words. A carousel's cards stand side by side,
     * each holding its own label.
     */
    private static boolean isInterleaved(BlockTree tree, Element parent, List<Integer> group, SiblingMeasures m) {
        double titleWords = 0;
        for (int n : group) {
            titleWords += m.words()[n];
        }
        // The group's nodes come in the children's order: k is the next member to meet.
        int k = 0;
        double between = 0;
        double gap = 0;
        int gapsWithText = 0;
        for (int i = 0; i < parent.childNodeSize() && k < group.size(); i++) {
            if (!(parent.childNode(i) instanceof Element child)) {
                continue;
            }
            int n = tree.nodeOf(child);
            if (n < 0) {
                continue;
            }
            if (n == group.get(k)) {
                gapsWithText += k > 0 && gap > 0 ? 1 : 0;
                gap = 0;
                k++;
            } else if (k > 0) {
                gap += m.unlinked()[n];
                between += m.unlinked()[n];
            }
        }
        return gapsWithText == group.size() - 1 && between >= MIN_INTERLEAVED_SHARE * titleWords;
    }
}
