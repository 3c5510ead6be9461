package dev.pith.meta;

import java.util.regex.Pattern;

/**
 * Recognises date fields by the words in their names, for the many ad hoc names CMSs use
 * ({@code w-published-date}, {@code published-date}, {@code publishedAt}, {@code updated_at}).
 */
final class DateKeys {

    private static final Pattern MODIFIED = Pattern.compile("(?i)modif|updated|update[-_]?(?:date|time|at)|revised");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)publish|pub[-_]?date|first[-_]?publication");
    /** Names that mention publishing but are not the page's date. */
    private static final Pattern NOT_A_DATE = Pattern.compile("(?i)publisher|expir|embargo|unpublish|publishing");

    private DateKeys() {
    }

    /** The date field a key names, or null when it names none. */
    static Field field(String key) {
        if (key.length() > 60 || NOT_A_DATE.matcher(key).find()) {
            return null;
        }
        if (MODIFIED.matcher(key).find()) {
            return Field.MODIFIED;
        }
        return PUBLISHED.matcher(key).find() ? Field.PUBLISHED : null;
    }
}
