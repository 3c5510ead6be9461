package dev.pith.prune;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** The {@code class} and {@code id} of an element as lower-case tokens, for pattern rules. */
final class ClassNames {

    private ClassNames() {
    }

    /** The class names and the id, lower-cased; empty when the element has neither. */
    static List<String> tokens(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        for (String t : (cls + " " + id).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }
}
