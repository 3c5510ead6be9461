package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The part of the page chosen as main content: one container, plus siblings of it that carry
 * enough content of their own (articles split into several sibling containers).
 *
 * @param roots  the containers, in document order
 * @param weight the summed content weight of the main container
 * @param kind   how the region was found, which tells what kind of page this is
 */
public record Region(List<Element> roots, double weight, Kind kind) {

    /** How a region was found. */
    public enum Kind {
        /** The page has an article: prose dominates the region. */
        ARTICLE,
        /** No article: the region is what linked titles and short texts add up to. */
        LISTING,
        /** No article: the region is a list of items that repeat one structure. */
        ITEMS
    }

    public Region {
        roots = List.copyOf(roots);
    }

    /** This region with more roots (those already inside it are not added twice). */
    public Region with(List<Element> more) {
        List<Element> all = new java.util.ArrayList<>(roots);
        for (Element e : more) {
            if (!contains(e)) {
                all.add(e);
            }
        }
        return new Region(all, weight, kind);
    }

    /** The words of the blocks that lie in the region. */
    public int words(List<TextBlock> blocks) {
        int words = 0;
        for (TextBlock b : blocks) {
            if (contains(b.owner())) {
                words += b.words();
            }
        }
        return words;
    }

    /** True when {@code e} is one of the roots or lies below one. */
    public boolean contains(Element e) {
        // Indexed loops: this runs for every block, and an iterator per ancestor adds up.
        for (Element cur = e; cur != null; cur = cur.parent()) {
            for (int i = 0; i < roots.size(); i++) {
                if (roots.get(i) == cur) {
                    return true;
                }
            }
        }
        return false;
    }
}
