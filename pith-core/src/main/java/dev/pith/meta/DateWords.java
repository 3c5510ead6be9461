package dev.pith.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around dates, from the {@code date-words.txt} lists of every language: labels of
 * publication, update and first publication, forum registration labels, and weekday names.
 * Patterns are compiled once; matching is case-insensitive.
 */
final class DateWords {

    private static final String KIND = "date-words";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Publication labels: "published", "veröffentlicht am", "publié le", "opublikowano". */
    static final Pattern PUBLISHED = Pattern.compile(WordLists.alternation(KIND, "published"), FLAGS);
    /** Update labels: "updated", "aktualisiert", "mis à jour", "actualizado". */
    static final Pattern UPDATED = Pattern.compile(WordLists.alternation(KIND, "updated"), FLAGS);
    /** First-publication labels: "originally published", "ursprünglich veröffentlicht". */
    static final Pattern ORIGINALLY = Pattern.compile(WordLists.alternation(KIND, "original"), FLAGS);
    /** Labels of a thread's latest activity or of a reply ("Last post", "Letzte Antwort"): a date, but not the page's. */
    static final Pattern LATEST = Pattern.compile(WordLists.alternation(KIND, "latest"), FLAGS);
    /** A line starting with a registration label ("Registriert: 18.09.2008", "Joined Mar 2015"). */
    static final Pattern JOINED = Pattern.compile(WordLists.alternation(KIND, "joined") + "\\b", FLAGS);
    /** Short words between names and a date ("am", "le", "on"), lower case as they stand mid-line. */
    static final List<String> ON = WordLists.phrases(KIND, "on");
    /** The publication labels, lower case, for a cheap comparison at the start of every element's text. */
    static final List<String> PUBLICATION_LABELS = WordLists.phrases(KIND, "published");
    /** The update labels, lower case, for the same comparison. */
    static final List<String> UPDATE_LABELS = WordLists.phrases(KIND, "updated");

    /** A relative date's word before its count ("vor", "hace", "il y a"), lower case. */
    static final List<String> AGO = WordLists.phrases(KIND, "ago");

    private static final Set<String> WEEKDAYS = new HashSet<>(WordLists.phrases(KIND, "weekday"));

    private DateWords() {
    }

    /** True when the word is a weekday name or abbreviation in some language ("Donnerstag", "Do", "Thu."). */
    static boolean isWeekday(String word) {
        String w = WordLists.normalise(word);
        return WEEKDAYS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }
}
