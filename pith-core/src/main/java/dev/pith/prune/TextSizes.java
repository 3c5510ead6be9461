package dev.pith.prune;

import dev.pith.util.TextMetrics;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Characters of text, and of paragraph text, below each element, computed in one bottom-up pass so that rules can ask
 * "how much of the page is inside this?" without re-walking subtrees.
 */
final class TextSizes {

    /** Both sizes of one element, in one entry: a page has thousands of elements. */
    private static final class Sizes {
        int chars;
        int prose;
    }

    private static final Sizes NONE = new Sizes();

    private final Map<Element, Sizes> sizes;

    TextSizes(Element root) {
        // Sized up front: growing an identity map rehashes every entry, and that was the costliest part of pruning.
        sizes = new IdentityHashMap<>(expectedElements(root));
        // A visit's tail comes after all of its children's: sizes add up bottom-up in one walk.
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    sizes.put(e, measure(e));
                }
            }
        }, root);
    }

    private Sizes measure(Element e) {
        Sizes s = new Sizes();
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node child = e.childNode(i);
            if (child instanceof TextNode t) {
                s.chars += TextMetrics.normalisedLength(t.getWholeText());
            } else if (child instanceof Element c) {
                Sizes cs = sizes.getOrDefault(c, NONE);
                s.chars += cs.chars;
                s.prose += c.normalName().equals("p") ? cs.chars : cs.prose;
            }
        }
        return s;
    }

    /** Elements below and including {@code root}; counting is far cheaper than rehashing. */
    private static int expectedElements(Element root) {
        int[] count = {0};
        root.traverse((node, depth) -> {
            if (node instanceof Element) {
                count[0]++;
            }
        });
        return count[0];
    }

    int of(Element e) {
        return sizes.getOrDefault(e, NONE).chars;
    }

    /** Characters inside {@code <p>} elements below {@code e}: the page's prose. */
    int proseOf(Element e) {
        return sizes.getOrDefault(e, NONE).prose;
    }
}
