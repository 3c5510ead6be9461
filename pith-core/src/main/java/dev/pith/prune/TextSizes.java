package dev.pith.prune;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Characters of text, and of paragraph text, below each element, computed in one bottom-up pass so that rules can ask
 * "how much of the page is inside this?" without re-walking subtrees.
 */
final class TextSizes {

    private final Map<Element, Integer> sizes = new IdentityHashMap<>();
    private final Map<Element, Integer> prose = new IdentityHashMap<>();

    TextSizes(Element root) {
        List<Element> all = root.getAllElements();
        // Document order reversed visits every child before its parent.
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            int size = 0;
            int inParagraphs = 0;
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    size += t.text().length();
                } else if (child instanceof Element c) {
                    int childSize = sizes.getOrDefault(c, 0);
                    size += childSize;
                    inParagraphs += c.normalName().equals("p") ? childSize : prose.getOrDefault(c, 0);
                }
            }
            sizes.put(e, size);
            prose.put(e, inParagraphs);
        }
    }

    int of(Element e) {
        return sizes.getOrDefault(e, 0);
    }

    /** Characters inside {@code <p>} elements below {@code e}: the page's prose. */
    int proseOf(Element e) {
        return prose.getOrDefault(e, 0);
    }
}
