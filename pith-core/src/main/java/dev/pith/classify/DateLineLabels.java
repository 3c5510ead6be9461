package dev.pith.classify;

import dev.pith.lang.LanguageData;
import dev.pith.lang.Phrases;
import dev.pith.util.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * The labels that open a date line in every language with data ("Letzte Aktualisierung:",
 * "Actualizado el", "Publié le", "Opublikowano", "Joined:"): the publication, update and
 * registration groups of the {@code date-words} lists, which the metadata stage reads dates by. A line that opens
 * with one and holds a figure is the page's date, shown as text; older pages print it under the
 * text, without markup. All languages at once: older pages seldom declare theirs.
 */
final class DateLineLabels {

    private static final String KIND = "date-words";
    /**
     * The groups of {@code date-words} whose labels open a date line that is no text: the page's own
     * date, and a forum member's registration date ("Joined: 12 Mar 2004") beside each post.
     */
    private static final List<String> GROUPS = List.of("published", "updated", "joined");

    private static final Phrases LABELS = Phrases.of(openingLabels());

    private DateLineLabels() {
    }

    /** Whether {@code text}, {@link Phrases#normalize normalised}, opens with a date label and holds a digit. */
    static boolean opens(String text) {
        return Chars.hasDigit(text) && LABELS.matches(text);
    }

    /** Every language's labels, as phrases that match only at the start ({@code ^label}). */
    private static List<String> openingLabels() {
        List<String> labels = new ArrayList<>();
        for (String code : LanguageData.CODES) {
            for (String entry : LanguageData.entries(code, KIND)) {
                int colon = entry.indexOf(':');
                if (colon > 0 && GROUPS.contains(entry.substring(0, colon).strip())) {
                    labels.add("^" + entry.substring(colon + 1).strip());
                }
            }
        }
        return labels;
    }
}
