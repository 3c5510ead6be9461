package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.parse.Ancestors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The other boxes of a listing that the page splits into several containers of one template: a
 * category's subcategories and its pages, a shop's grids per brand, a directory's letters. The
 * heaviest box is the region ({@link RepeatedItemsSelector}); the others are not its siblings
 * but sit in sections of their own, each under its own heading. They join when they have the
 * region's exact tag and classes (a class is required: bare {@code div}s and {@code ul}s are
 * everywhere), are lists themselves ({@link RepeatedItemsSelector#MIN_ITEMS} children of one
 * shape) and stand outside the page's navigation, header, footer and side column.
 */
final class AlikeLists {

    private AlikeLists() {
    }

    /** The containers alike to the root of an items region, outside it; none for other regions. */
    static List<Element> beside(BlockTree tree, Region region) {
        List<Element> more = new ArrayList<>();
        if (region.kind() != Region.Kind.ITEMS || region.roots().isEmpty()) {
            return more;
        }
        Element root = region.roots().get(0);
        if (root.className().isBlank()) {
            return more;
        }
        for (int n = 0; n < tree.size(); n++) {
            Element e = tree.element(n);
            if (e != root && SiblingShape.isExactlyAlike(e, root) && !RegionSelector.isInside(e, root)
                    && !RegionSelector.isInside(root, e) && Ancestors.closest(e, RepeatedItemsSelector.LANDMARKS) == null
                    && isList(e) && more.stream().noneMatch(m -> RegionSelector.isInside(e, m))) {
                more.add(e);
            }
        }
        return more;
    }

    /** Whether at least {@link RepeatedItemsSelector#MIN_ITEMS} children of the element share one shape. */
    private static boolean isList(Element e) {
        Map<String, Integer> shapes = new HashMap<>();
        for (Element child : e.children()) {
            if (shapes.merge(SiblingShape.of(child), 1, Integer::sum) >= RepeatedItemsSelector.MIN_ITEMS) {
                return true;
            }
        }
        return false;
    }
}
