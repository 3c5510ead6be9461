package dev.pith.prune;

import dev.pith.util.TextMetrics;
import java.util.ArrayDeque;
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
 * <p>The page's totals come from the {@link PageSurvey}, and so do the sizes of the elements named
 * or tagged as furniture, which the rules ask about most. Other elements are measured when a rule
 * asks, in one walk over their subtree. Rules ask about the
 * few elements they matched, so most of a page is never measured. Besides the element asked
 * about, only large subtrees are remembered: a nested question (a matched wrapper spared, then
 * its matched child) skips them, and re-measures small ones, which costs less than storing
 * every element.
 */
final class TextSizes {

    /** Subtrees with at least this many elements are remembered when measured. */
    static final int REMEMBERED_ELEMENTS = 64;

    /** Both sizes of one element, and how many elements its subtree has. */
    static final class Sizes {
        int chars;
        int prose;
        int elements = 1;

        Sizes() {
        }

        Sizes(int chars, int prose, int elements) {
            this.chars = chars;
            this.prose = prose;
            this.elements = elements;
        }

        /** Adds a child element's sizes; a paragraph's text is all prose. */
        void add(Sizes child, boolean childIsParagraph) {
            chars += child.chars;
            prose += childIsParagraph ? child.chars : child.prose;
            elements += child.elements;
        }
    }

    private final Element root;
    private final Sizes rootSizes;
    private final Map<Element, Sizes> remembered;

    /**
     * Sizes below {@code root}, whose totals a {@link PageSurvey} has measured already. The
     * survey's map of sizes is taken over and extended, not copied: it holds hundreds of
     * elements on some pages, and nothing else reads it.
     */
    TextSizes(Element root, PageSurvey survey) {
        this.root = root;
        this.rootSizes = new Sizes();
        rootSizes.chars = survey.chars();
        rootSizes.prose = survey.prose();
        this.remembered = survey.furnitureSizes();
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
        Sizes known = remembered.get(e);
        return known != null ? known : measure(e);
    }

    /** Measures {@code top} in one walk, children before parents, skipping remembered subtrees. */
    private Sizes measure(Element top) {
        ArrayDeque<Sizes> open = new ArrayDeque<>();
        Sizes[] result = new Sizes[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    open.peek().chars += TextMetrics.normalisedLength(t.getWholeText());
                } else if (node instanceof Element e) {
                    Sizes known = e == top || remembered.isEmpty() ? null : remembered.get(e);
                    if (known != null) {
                        open.peek().add(known, isParagraph(e));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    open.push(new Sizes());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Sizes done = open.pop();
                    if (e == top) {
                        result[0] = done;
                    } else {
                        open.peek().add(done, isParagraph(e));
                    }
                    if (e == top || done.elements >= REMEMBERED_ELEMENTS) {
                        remembered.put(e, done);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, top);
        return result[0];
    }

    private static boolean isParagraph(Element e) {
        return e.normalName().equals("p");
    }
}
