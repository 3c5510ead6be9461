package dev.pith.parse;

import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * The first element with a given tag in a subtree, as jsoup's {@code getElementsByTag} or
 * {@code selectFirst("h1")} would find it, walked element by element and stopped at the first
 * match: jsoup builds a stream and a list for these queries, and the metadata sources ask them
 * of every container a byline or date sits in.
 */
public final class Descendants {

    private Descendants() {
    }

    /**
     * The element itself or its first descendant in document order that has the tag and passes
     * the test, or null.
     */
    public static Element first(Element root, String tag, Predicate<Element> test) {
        Element e = root;
        while (e != null) {
            if (e.normalName().equals(tag) && test.test(e)) {
                return e;
            }
            e = next(root, e);
        }
        return null;
    }

    /** The element after {@code e} in document order within {@code root}'s subtree, or null. */
    private static Element next(Element root, Element e) {
        Element child = e.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element x = e; x != root; x = x.parent()) {
            Element sibling = x.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
