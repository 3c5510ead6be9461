package dev.pith.parse;

import org.jsoup.nodes.Element;

/**
 * Attribute lookups for documents from {@link HtmlParser}, which lower-cases attribute names
 * (SVG and MathML camel-case only their own presentation attributes, none of which are read
 * here). Keys are therefore compared exactly: jsoup's own {@code attr()} compares every key
 * ignoring case, and the stages look up several attributes on every element of a page.
 *
 * <p>Keys passed in must be lower case.
 */
public final class Attrs {

    private Attrs() {
    }

    /** The attribute's value, or "" when the element lacks it. */
    public static String value(Element e, String key) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(key);
    }

    /** True when the element has the attribute, with or without a value. */
    public static boolean has(Element e, String key) {
        return e.attributesSize() > 0 && e.attributes().hasKey(key);
    }

    /** The {@code class} attribute with surrounding white space trimmed, as {@link Element#className()}. */
    public static String className(Element e) {
        return value(e, "class").trim();
    }

    /** The {@code id} attribute, as {@link Element#id()}. */
    public static String id(Element e) {
        return value(e, "id");
    }
}
