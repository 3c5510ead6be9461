package dev.pith.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two dates of a line that labels both ("Mis à jour le 14/03/2024 | Publié le 12/03/2024",
 * "Publicado em 12/03/2024, atualizado em 14/03/2024"): each is the first date after its own
 * label, in whichever order the site prints them. Read generically from the publication and
 * update labels of every language's {@code date-words.txt}; the first date of such a line is the
 * update when the update label comes first, so the line's first date alone would misname it.
 *
 * @param published the date after the publication label
 * @param updated   the date after the update label
 */
record LabelledDates(String published, String updated) {

    /** Labels inside a word ("republished", "unpublished") label nothing: a letter may not precede. */
    private static final String NO_LETTER_BEFORE = "(?<!\\p{L})";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PUBLISHED = Pattern.compile(NO_LETTER_BEFORE + "(?:" + DateWords.PUBLISHED.pattern() + ")", FLAGS);
    private static final Pattern UPDATED = Pattern.compile(NO_LETTER_BEFORE + "(?:" + DateWords.UPDATED.pattern() + ")", FLAGS);

    /**
     * The line's publication and update dates when both labels stand on it, each followed by a
     * date before the other label; null otherwise (one label, or a label without its date:
     * "Updated 2 hours ago | Published March 12" names one date only).
     */
    static LabelledDates of(PageScan page, String line) {
        Matcher published = PUBLISHED.matcher(line);
        Matcher updated = UPDATED.matcher(line);
        if (!published.find() || !updated.find()) {
            return null;
        }
        // "last updated" holds no publication label, but a publication label may hold an update one: overlapping finds are no pair
        if (published.start() < updated.end() && updated.start() < published.end()) {
            return null;
        }
        boolean updateFirst = updated.start() < published.start();
        Optional<String> p = dateBetween(page, line, published.end(), updateFirst ? line.length() : updated.start());
        Optional<String> u = dateBetween(page, line, updated.end(), updateFirst ? published.start() : line.length());
        return p.isPresent() && u.isPresent() ? new LabelledDates(p.get(), u.get()) : null;
    }

    private static Optional<String> dateBetween(PageScan page, String line, int from, int to) {
        return from >= to ? Optional.empty() : page.dates.find(line.substring(from, to), page.monthFirst);
    }
}
