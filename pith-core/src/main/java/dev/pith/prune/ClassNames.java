package dev.pith.prune;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code class} or {@code id} of an element as lower-case tokens, for pattern rules. */
final class ClassNames {

    private ClassNames() {
    }

    /** The tokens of one {@code class} or {@code id} value, lower-cased; empty for an empty value. */
    static List<String> tokens(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        String all = value.toLowerCase(Locale.ROOT);
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
