package dev.pith.meta;

import dev.pith.util.Stems;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Cheap tests on an element's {@code class} and {@code id}: substring checks on the lower-cased
 * names instead of regular expressions, because they run on every element of the page.
 */
final class ClassHints {

    private static final List<String> BYLINE_STEMS = List.of(
        "author", "byline", "by-line", "writer", "posted-by", "contributor", "autor", "auteur", "username", "user-name");
    private static final List<String> DATE_STEMS = List.of("date", "timestamp", "publish", "posted-on", "datum", "fecha");

    private static final Stems BYLINE = Stems.of(BYLINE_STEMS);
    private static final Stems DATE = Stems.of(DATE_STEMS);
    /** Every stem {@link #byline} or {@link #date} needs, "time" included: a name without one is neither. */
    private static final Stems ANY_HINT = Stems.of(
        Stream.of(BYLINE_STEMS, DATE_STEMS, List.of("time")).flatMap(List::stream).toList());

    private ClassHints() {
    }

    /** The element's class and id, lower-cased, or "" when it has neither. */
    static String of(String className, String id) {
        if (className.isEmpty() && id.isEmpty()) {
            return "";
        }
        // One name alone needs no new string unless it has capitals: this runs on every element.
        if (id.isEmpty()) {
            return className.toLowerCase(Locale.ROOT);
        }
        if (className.isEmpty()) {
            return id.toLowerCase(Locale.ROOT);
        }
        return (className + " " + id).toLowerCase(Locale.ROOT);
    }

    /**
     * False when the class or id value cannot mark a byline or a date line, decided without
     * building the lower-cased hints: this runs on every element with attributes. No stem holds
     * a space, so none can match across the space that joins a class value and an id.
     */
    static boolean mayMark(String name) {
        return ANY_HINT.foundInLowerCased(name);
    }

    /**
     * The class WordPress's {@code post_class()} gives a published post's record, beside one class per
     * taxonomy term of the post ("category-gesprach", "tag-author-talks", "autor-bazyar-s").
     */
    private static final String POST_RECORD = "status-publish";

    /**
     * True when the names mark a byline ("author" but not "authority"). A post record's names do not:
     * a byline stem among them names a taxonomy term, and the element holds the whole post (a teaser
     * in a menu, whose title would be read as its writer).
     */
    static boolean byline(String hints) {
        return BYLINE.foundIn(hints) && !(hints.contains("authori") && !hints.replace("authori", "").contains("author"))
                && !hints.contains(POST_RECORD);
    }

    /** True when the names mark a date line; "time" must be a whole word ("runtime" is not a date). */
    static boolean date(String hints) {
        return DATE.foundIn(hints) || hasWord(hints, "time");
    }


    /** True when {@code word} occurs delimited by start/end, space, hyphen or underscore. */
    static boolean hasWord(String hints, String word) {
        for (int at = hints.indexOf(word); at >= 0; at = hints.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || isDelimiter(hints.charAt(at - 1))) && (end == hints.length() || isDelimiter(hints.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when one of the words starts a class name or a part of one ("related-posts",
     * "post__comments") but not when it is glued inside another word ("withSidebar").
     */
    static boolean startsAnyPart(String hints, String[] words) {
        for (String w : words) {
            for (int at = hints.indexOf(w); at >= 0; at = hints.indexOf(w, at + 1)) {
                if (at == 0 || isDelimiter(hints.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDelimiter(char c) {
        return c == ' ' || c == '-' || c == '_';
    }
}
