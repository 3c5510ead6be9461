package dev.pith.prune;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Matches elements found beforehand by a page-level analysis (comment sections). */
final class KnownElementsRule implements PruneRule {

    private final String name;
    private final Set<Element> elements = Collections.newSetFromMap(new IdentityHashMap<>());

    KnownElementsRule(String name, List<Element> elements) {
        this.name = name;
        this.elements.addAll(elements);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean matches(Element element, PruneContext context) {
        return elements.contains(element);
    }
}
