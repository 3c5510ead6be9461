package dev.pith.prune;

import dev.pith.util.TextMetrics;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Characters of text, and of paragraph text, below an element, so that rules can ask "how much
 * of the page is inside this?".
 *
 * <p>The page's totals come from the {@link PageSurvey}, which stores nothing per element. Other elements are measured when
 * a rule asks, bottom-up over their subtree, and remembered with every element below them: rules
 * ask about the few elements they matched, so most of a page is never stored, while nested
 * questions (a matched wrapper spared, then its matched child) cost no second walk.
 */
final class TextSizes {

    /** Both sizes of one element. */
    private static final class Sizes {
        int chars;
        int prose;
    }

    private final Element root;
    private final Sizes rootSizes;
    private final Map<Element, Sizes> measured = new IdentityHashMap<>();

    /** Sizes below {@code root}, whose totals a {@link PageSurvey} has measured already. */
    TextSizes(Element root, PageSurvey survey) {
        this.root = root;
        this.rootSizes = new Sizes();
        rootSizes.chars = survey.chars();
        rootSizes.prose = survey.prose();
    }

    int of(Element e) {
        return sizes(e).chars;
    }

    /** Characters inside {@code <p>} elements below {@code e}: the page's prose. */
    int proseOf(Element e) {
        return sizes(e).prose;
    }

    private Sizes sizes(Element e) {
        if (e == root) {
            return rootSizes;
        }
        Sizes known = measured.get(e);
        return known != null ? known : measureSubtree(e);
    }

    /** Measures every element below {@code top} not measured yet, children before parents. */
    private Sizes measureSubtree(Element top) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node != top && node instanceof Element e && measured.containsKey(e)
                        ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    measured.put(e, measure(e));
                }
                return FilterResult.CONTINUE;
            }
        }, top);
        return measured.get(top);
    }

    /** An element's sizes from its text and its children's sizes, which are known by now. */
    private Sizes measure(Element e) {
        Sizes s = new Sizes();
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node child = e.childNode(i);
            if (child instanceof TextNode t) {
                s.chars += TextMetrics.normalisedLength(t.getWholeText());
            } else if (child instanceof Element c) {
                Sizes cs = measured.get(c);
                s.chars += cs.chars;
                s.prose += isParagraph(c) ? cs.chars : cs.prose;
            }
        }
        return s;
    }

    private static boolean isParagraph(Node node) {
        return node instanceof Element e && e.normalName().equals("p");
    }
}
