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
        String all = (cls + " " + id).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= all.length(); i++) {
            boolean space = i == all.length() || Character.isWhitespace(all.charAt(i));
            if (space && start >= 0) {
                tokens.add(all.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }
}
