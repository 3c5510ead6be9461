package dev.pith.prune;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Headings marked by a table-of-contents plugin: Easy TOC, block themes and review sites give
 * every heading of the article a class like {@code ez-toc-section}, {@code wp-block-heading toc}
 * or {@code hide-toc-heading}, saying that the contents table lists (or skips) it. Such a class
 * says how the heading is indexed, not that it is furniture: the heading titles the text that
 * follows it. Only a heading whose names are furniture through the "toc" part alone is such a
 * heading; a contents table's own title ({@code h2.toc-title} in {@code nav.toc}) goes with the
 * table, which its container's name removes first.
 */
final class IndexedHeadings {

    /** The "toc" part of a name, between separators (as {@link BoilerplateClassRule} reads parts). */
    private static final Pattern TOC_PART = Pattern.compile("(?i)(?<![a-z0-9])toc(?![a-z0-9])");

    private IndexedHeadings() {
    }

    /** True when {@code e} is a heading whose class or id names furniture only by its "toc" part. */
    static boolean isIndexed(Element e) {
        if (!HeadingAnchors.isHeading(e)) {
            return false;
        }
        String classValue = e.className();
        String id = e.id();
        boolean marked = TOC_PART.matcher(classValue).find() || TOC_PART.matcher(id).find();
        // an id spelling the heading's words names no role, as ClassNames reads ids
        boolean idNamesFurniture = !id.isEmpty() && !HeadingAnchors.isAnchor(e, id) && namesFurniture(withoutTocParts(id));
        return marked && !namesFurniture(withoutTocParts(classValue)) && !idNamesFurniture;
    }

    private static boolean namesFurniture(String names) {
        return ClassNames.furniture(ClassNames.judgeValue(names));
    }

    private static String withoutTocParts(String names) {
        return TOC_PART.matcher(names).replaceAll("");
    }
}
