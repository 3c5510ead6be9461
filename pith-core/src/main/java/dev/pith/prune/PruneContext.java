package dev.pith.prune;

import org.jsoup.nodes.Element;

/**
 * What prune rules may ask about the page as a whole.
 *
 * @param sizes     text characters below each element
 * @param pageChars text characters of the whole body
 */
record PruneContext(TextSizes sizes, int pageChars) {

    /** Share of the page's text inside {@code e}, 0 to 1. */
    double shareOfPage(Element e) {
        return pageChars == 0 ? 0 : (double) sizes.of(e) / pageChars;
    }
}
