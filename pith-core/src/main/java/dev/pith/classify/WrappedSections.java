package dev.pith.classify;

import dev.pith.block.BlockTree;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The sections of the page's text that sit beside the wrappers of the chosen container rather than
 * beside the container itself. Landing and service pages set each part of their copy in a
 * full-width band ({@code section > div.container > div.text}); the region narrows to one band's
 * inner box (the heaviest, or the one a page builder marks as content), whose own siblings are
 * empty, while the other bands of prose sit beside its outermost wrapper. The same happens on a flat
 * page whose heaviest single element is one wrapped box among the paragraphs. Climbing the wrappers
 * that add no words of their own finds the band, and its sibling bands join on the terms direct
 * siblings do ({@link RegionSelector#joinsAsSibling}: enough weight, prose throughout), so link rails,
 * menus and teaser lists, which weigh little per word, stay out.
 */
final class WrappedSections {

    /** No ancestor bounds the climb: the container was chosen as the heaviest of the whole page. */
    static final int NO_BOUND = -1;

    private WrappedSections() {
    }

    /**
     * The sibling bands of the outermost word-less wrapper of {@code root}, climbing no higher than
     * below {@code bound} (the subtree a marked container was found in, where the page's content
     * ends). Empty when {@code root} has no such wrapper, since its own siblings are weighed already,
     * when it is a table cell (the cells beside it are columns), and when it is an
     * {@code <article>}: a composition of its own (a post, a teaser), whose neighbours are others.
     */
    static List<Element> beside(BlockTree tree, int root, int bound, double[] sums, double[] words) {
        List<Element> sections = new ArrayList<>();
        Element rootElement = tree.element(root);
        int band = outermostWrapper(tree, root, bound, words);
        if (band == root || sums[root] <= 0 || RegionSelector.isCell(rootElement)
                || rootElement.normalName().equals("article")) {
            return sections;
        }
        Element bandElement = tree.element(band);
        double threshold = RegionSelector.siblingThreshold(sums[root]);
        for (Element sibling : bandElement.parent().children()) {
            int n = tree.nodeOf(sibling);
            if (sibling != bandElement && n >= 0 && RegionSelector.joinsAsSibling(n, threshold, sums, words)
                    && isBandLike(sibling, sums[n], sums[root])) {
                sections.add(sibling);
            }
        }
        return sections;
    }

    /**
     * A band is no heavier than the chosen container, and is not an {@code <aside>}. When the page
     * marks one box as its text, an unmarked neighbour that outweighs it is a column of its own (a
     * sidebar of post excerpts), not more of the same copy; when nothing is marked, the container
     * is the heaviest there is, so the test never excludes anything then.
     */
    private static boolean isBandLike(Element sibling, double weight, double rootWeight) {
        return weight <= rootWeight && !sibling.normalName().equals("aside");
    }

    /** The highest ancestor of {@code n} below {@code bound} that holds no words besides {@code n}'s. */
    private static int outermostWrapper(BlockTree tree, int n, int bound, double[] words) {
        int band = n;
        for (int up = tree.parent(band); up >= 0 && up != bound && words[up] == words[n]; up = tree.parent(up)) {
            band = up;
        }
        return band;
    }
}
