package dev.pith.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An {@code <h1>} with the elements around it in document order: the byline and the date line
 * sit right under the headline, or just above it (a kicker with the date, "Last updated: …").
 */
final class Headline {

    final Element h1;
    /** Elements right before the h1, nearest first. */
    final List<Element> before;
    /** Elements right after the h1, nearest first (its own descendants included). */
    final List<Element> after = new ArrayList<>();

    Headline(Element h1, List<Element> before) {
        this.h1 = h1;
        this.before = before;
    }
}
