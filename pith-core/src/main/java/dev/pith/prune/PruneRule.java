package dev.pith.prune;

import org.jsoup.nodes.Element;

/**
 * Decides whether a whole subtree is never main content. Rules see one element at a time and
 * are asked in a fixed order; the first that matches names the removal.
 */
interface PruneRule {

    /** Short stable name shown by {@code --explain}. */
    String name();

    boolean matches(Element element, PruneContext context);
}
