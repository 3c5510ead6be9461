package dev.pith.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of bylines, from the {@code byline.txt} lists of every language: what introduces a
 * name ("By", "Von", "Par", "Por", "Autor:", "Text:", "Di"), what joins two names, the credits
 * that name no person, job titles, and author-box furniture. Patterns are compiled once.
 */
final class BylineWords {

    private static final String KIND = "byline";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The phrases that introduce an author's name, longest first. */
    static final String BY = WordLists.alternation(KIND, "by");
    /** The words that join two names ("and", "und", "et", "y", "i"). */
    static final String AND = WordLists.alternation(KIND, "and");
    /** Job titles and desks: a name followed by one is cut there, a credit made of one is no name. */
    static final Pattern ROLE = Pattern.compile("(?<![\\p{L}])" + WordLists.alternation(KIND, "role") + "(?![\\p{L}])", FLAGS);
    /** Author-box furniture: a line holding one is no name. */
    static final Pattern NOT_A_NAME = Pattern.compile(
            "(?<![\\p{L}])" + WordLists.alternation(KIND, "not-name") + "(?![\\p{L}])", FLAGS);
    /** Single-word "by" prefixes, which a page may glue to the name they introduce ("ByJane Doe", "AuthorAndreas Kalt"). */
    static final List<String> WORD_PREFIXES = WordLists.phrases(KIND, "by").stream()
            .filter(p -> p.chars().allMatch(Character::isLetter))
            .toList();

    private static final Set<String> GENERIC = new HashSet<>(WordLists.phrases(KIND, "generic"));
    /** A generic word inside a short credit ("Greentech.LIVE Redaktion", "HLNF Staff Report", "revamp-it Webteam"). */
    private static final Pattern DESK = Pattern.compile(
            "(?<![\\p{L}])" + WordLists.alternation(KIND, "generic") + "(?![\\p{L}])", FLAGS);
    /** Longest credit read as naming a desk by one of its words. */
    private static final int MAX_DESK_WORDS = 5;

    private BylineWords() {
    }

    /**
     * True when a short credit names a desk or team rather than a person by one of its words
     * ("Redaktion Polizeiticker Schweiz", "HLNF Staff Report"): kept as a last resort, like "Staff".
     */
    static boolean namesADesk(String credit) {
        return credit.split("\\s+").length <= MAX_DESK_WORDS && DESK.matcher(credit).find();
    }

    /** True when the whole credit names no person ("Staff", "Redaktion", "la rédaction"). */
    static boolean isGeneric(String credit) {
        return GENERIC.contains(WordLists.normalise(credit));
    }
}
