package dev.pith.meta;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
    /**
     * What stands between a byline word and the name: a colon (full-width too), white space, or
     * the Japanese middle dot or full-width slash ("文・山田太郎", "文／山田太郎").
     */
    static final String SEPARATOR = "[:：・／\\s]";
    /**
     * The first letter of a name: a capital, or a letter of a script without case (Chinese,
     * Japanese, Arabic, Hebrew: "作者：张三"), where names cannot start with a capital. Case
     * sensitive even inside a case-insensitive pattern, where {@code \\p{Lu}} alone would also
     * match a lower-case letter ("by default", "sort by size").
     */
    static final String NAME_START = "(?-i:[\\p{Lu}\\p{Lt}\\p{Lo}])";
    /**
     * A byline word inside a line, after something that is not a letter ("Posted on September
     * 21, 2020 by Adi Tzlil", "5 maja 2004, autor: Jan Kowalski"): date lines of blog themes and
     * of older sites name the writer after the date. Read only where a date stands before it.
     */
    private static final Pattern INNER_BY = Pattern.compile(
            "(?<=[^\\p{L}\\d])" + BY + SEPARATOR + "\\s*" + NAME_START, FLAGS);
    /** The words that join two names ("and", "und", "et", "y", "i"). */
    static final String AND = WordLists.alternation(KIND, "and");
    /**
     * A capital glued to the lower-case letter before it: an author box whose name and position
     * sit in adjacent elements without space between them reads "Mateusz HabernyFounder".
     * Case-sensitive inside the case-insensitive patterns.
     */
    private static final String GLUED = "(?<=(?-i:\\p{Ll}))(?=(?-i:\\p{Lu}))";
    /** Job titles and desks: a name followed by one is cut there, a credit made of one is no name. */
    static final Pattern ROLE = Pattern.compile(
            "(?:(?<![\\p{L}])|" + GLUED + ")" + WordLists.alternation(KIND, "role") + "(?![\\p{L}])", FLAGS);
    /** Author-box furniture: a line holding one is no name. */
    static final Pattern NOT_A_NAME = Pattern.compile(
            "(?<![\\p{L}])" + WordLists.alternation(KIND, "not-name") + "(?![\\p{L}])", FLAGS);
    /** Single-word "by" prefixes, which a page may glue to the name they introduce ("ByJane Doe", "AuthorAndreas Kalt"). */
    static final List<String> WORD_PREFIXES = WordLists.phrases(KIND, "by").stream()
            .filter(p -> p.chars().allMatch(Character::isLetter))
            .toList();

    /** The first letters of the "by" phrases, lower case: a text opening with another letter opens no byline. */
    private static final BitSet BY_INITIALS = initials(WordLists.phrases(KIND, "by"));

    /** The characters a match of {@link #BY} may start with, or null for any ({@link PhraseAlternation#firstCharacters}). */
    private static final BitSet BY_FIRST_CHARACTERS = PhraseAlternation.firstCharacters(WordLists.phrases(KIND, "by"));

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

    /**
     * Where a byline starts inside a date line: the first byline word after a digit, followed
     * by a name ("Pubblicato il 12 marzo 2004 da Mario Rossi" → "da Mario Rossi"); -1 when the
     * line names nobody after a date. A byline word before any digit opens a byline, not this.
     */
    static int bylineAfterDate(String line) {
        int digit = firstDigit(line);
        if (digit < 0) {
            return -1;
        }
        Matcher m = INNER_BY.matcher(line);
        return m.find(digit) ? m.start() : -1;
    }

    private static int firstDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when a byline phrase may start with this letter (compared in lower case): a cheap
     * test before the long alternation of every language's phrases.
     */
    static boolean mayOpenByline(int codePoint) {
        return BY_INITIALS.get(Character.toLowerCase(codePoint));
    }

    /**
     * False when {@link #BY} cannot match at the start of {@code text}: its first character
     * opens no phrase, exactly as the pattern's own guards decide. Lines under a headline are
     * asked first, before matchers of the long pattern are made for them.
     */
    static boolean mayStartWithBy(String text) {
        return !text.isEmpty() && (BY_FIRST_CHARACTERS == null || BY_FIRST_CHARACTERS.get(text.charAt(0)));
    }

    /** The first code points of the phrases: every text of a page is asked, so a bit each rather than a boxed set. */
    private static BitSet initials(List<String> phrases) {
        BitSet initials = new BitSet();
        phrases.stream().filter(p -> !p.isEmpty()).forEach(p -> initials.set(p.codePointAt(0)));
        return initials;
    }

    /** True when the whole credit names no person ("Staff", "Redaktion", "la rédaction"). */
    static boolean isGeneric(String credit) {
        return GENERIC.contains(WordLists.normalise(credit));
    }
}
