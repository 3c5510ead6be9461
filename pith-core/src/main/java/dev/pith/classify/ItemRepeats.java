package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A repeated text that belongs to an item of its own: the same step in each tab of a guide (one
 * tab per programming language, each with its own code), the same terms under each offer of a
 * list. The copy is part of the item, which holds text of its own besides it and of which the
 * repeated text is a large part; a pull quote, a caption shown again, or a "mobile" copy of a widget has nothing
 * but repeats where it stands, and stays a repeat for {@link RepeatedTextRule}.
 *
 * <p>The item is the copy's ancestor just below the nearest element that holds both the first
 * occurrence and the copy: the tab panel, the offer card; the first occurrence's item must have
 * the same shape (one list of items), and the copy must repeat a run of blocks, not a single
 * label or quote (forum replies quote a post, shops set one label in every card).
 */
final class ItemRepeats {

    /** A block of the item with this many words, not itself a repeat, is text of the item's own. */
    static final int MIN_OWN_WORDS = RepeatedTextRule.MIN_WORDS;
    /**
     * The repeated text must be this share of the item's words at least: the steps of a tab, the
     * terms of an offer. A line of controls or a member's statistics set in every comment or post
     * is a small part of each.
     */
    static final double MIN_REPEATED_SHARE = 0.5;

    private ItemRepeats() {
    }

    /**
     * Whether the repeat at block {@code copy} of the text first met at block {@code first} sits
     * in an item with text of its own.
     *
     * @param repeats the indices of all repeated blocks of the region
     */
    static boolean belongsToItem(List<TextBlock> blocks, int first, int copy, Set<Integer> repeats) {
        if (blocks.get(copy).kind() == BlockKind.QUOTE || !inRepeatedRun(blocks, first, copy)) {
            return false;
        }
        Element item = itemOf(blocks.get(first).owner(), blocks.get(copy).owner());
        Element firstItem = itemOf(blocks.get(copy).owner(), blocks.get(first).owner());
        // items of one list: the same element with the same classes (tab panels, offer cards)
        if (item == null || firstItem == null || !SiblingShape.isExactlyAlike(item, firstItem)) {
            return false;
        }
        return holdsOwnTextBesides(blocks, item, copy, repeats);
    }

    /** Whether {@code item}, around block {@code copy}, has text of its own and repeats for a large part of it. */
    private static boolean holdsOwnTextBesides(List<TextBlock> blocks, Element item, int copy, Set<Integer> repeats) {
        int from = copy;
        while (from > 0 && isWithin(blocks.get(from - 1).owner(), item)) {
            from--;
        }
        int to = copy + 1;
        while (to < blocks.size() && isWithin(blocks.get(to).owner(), item)) {
            to++;
        }
        boolean ownText = false;
        int words = 0;
        int repeatedWords = 0;
        for (int k = from; k < to; k++) {
            TextBlock b = blocks.get(k);
            words += b.words();
            if (repeats.contains(b.index())) {
                repeatedWords += b.words();
            } else {
                ownText |= b.kind() == BlockKind.CODE || b.words() >= MIN_OWN_WORDS;
            }
        }
        return ownText && repeatedWords >= MIN_REPEATED_SHARE * words;
    }

    /**
     * Whether the copy's neighbour before or after it repeats the first occurrence's neighbour on
     * the same side: a run of steps or terms given again, not one label or quote met again.
     */
    private static boolean inRepeatedRun(List<TextBlock> blocks, int first, int copy) {
        return first > 0 && sameText(blocks.get(first - 1), blocks.get(copy - 1))
                || copy + 1 < blocks.size() && sameText(blocks.get(first + 1), blocks.get(copy + 1));
    }

    private static boolean sameText(TextBlock a, TextBlock b) {
        return a != b && a.words() > 0 && a.text().equals(b.text());
    }

    /** The ancestor of {@code copy} (or itself) just below the nearest common ancestor with {@code first}; null if none. */
    private static Element itemOf(Element first, Element copy) {
        Set<Element> above = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = first; e != null; e = e.parent()) {
            above.add(e);
        }
        Element below = null;
        for (Element e = copy; e != null; e = e.parent()) {
            if (above.contains(e)) {
                return below;
            }
            below = e;
        }
        return null;
    }

    private static boolean isWithin(Element e, Element item) {
        return e == item || RegionSelector.isInside(e, item);
    }
}
