package dev.pith.meta;

import java.util.HashMap;
import java.util.Map;

/**
 * Month names, their inflected forms ("maja", "мая", "května") and common abbreviations in the
 * languages of {@link WordLists}, mapped to month numbers. Lookup is case-insensitive and
 * ignores a trailing period ("Sept."). All languages at once: a month word names the same
 * month wherever it is read, and the lists hold no spelling that two languages use differently.
 */
final class MonthNames {

    private static final String KIND = "months";

    private static final Map<String, Integer> MONTHS = build();

    private MonthNames() {
    }

    /** The month number 1-12 for a month word, or 0 when the word is not a month. */
    static int month(String word) {
        String w = WordLists.normalise(word);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return MONTHS.getOrDefault(w, 0);
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new HashMap<>();
        for (WordLists.Entry e : WordLists.entries(KIND)) {
            // the earlier language keeps a spelling (English first)
            m.putIfAbsent(e.phrase(), Integer.parseInt(e.group()));
        }
        return Map.copyOf(m);
    }
}
