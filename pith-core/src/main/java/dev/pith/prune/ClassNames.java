package dev.pith.prune;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** The {@code class} and {@code id} of an element as one lower-case string for pattern rules. */
final class ClassNames {

    private ClassNames() {
    }

    static String of(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }
}
