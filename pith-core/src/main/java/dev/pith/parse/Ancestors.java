package dev.pith.parse;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The nearest element up the tree with a given tag, as jsoup's {@code closest("li, dd")} finds it,
 * without parsing a CSS query on every call: the assembler asks for each block of a page.
 */
public final class Ancestors {

    private Ancestors() {
    }

    /** The element itself or its nearest ancestor with the tag, or null. */
    public static Element closest(Element e, String tag) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.normalName().equals(tag)) {
                return x;
            }
        }
        return null;
    }

    /** Whether the element is {@code container} or lies below it. */
    public static boolean isWithin(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element itself or one of its ancestors is in {@code elements}. */
    public static boolean isWithin(Element e, Set<Element> elements) {
        for (Element x = e; x != null; x = x.parent()) {
            if (elements.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The element itself or its nearest ancestor with one of the tags, or null. */
    public static Element closest(Element e, Set<String> tags) {
        for (Element x = e; x != null; x = x.parent()) {
            if (tags.contains(x.normalName())) {
                return x;
            }
        }
        return null;
    }
}
