package dev.pith.clean;

/**
 * Options of plain-text cleaning ({@code Pith.clean}).
 *
 * @param firstLineIsTitle treat a short first line as the title, not body (text dumps put the
 *                         page {@code <title>} there; news captures the headline)
 * @param recurring        lines known to recur across a site's documents (corpus mode);
 *                         {@link RecurringLines#NONE} for single documents
 * @param site             the document's site key for {@code recurring}; may be empty
 */
public record CleanOptions(boolean firstLineIsTitle, RecurringLines recurring, String site) {

    /** Single-document cleaning with a title on the first line. */
    public static final CleanOptions DEFAULTS = new CleanOptions(true, RecurringLines.NONE, "");

    /** Checks and normalises the components, as the class comment describes. */
    public CleanOptions {
        recurring = recurring == null ? RecurringLines.NONE : recurring;
        site = site == null ? "" : site;
    }

    /** These options with corpus statistics for a document of {@code siteKey}. */
    public CleanOptions withRecurring(RecurringLines lines, String siteKey) {
        return new CleanOptions(firstLineIsTitle, lines, siteKey);
    }

    /** These options with the first line read as the title, or as body text. */
    public CleanOptions withFirstLineIsTitle(boolean b) {
        return new CleanOptions(b, recurring, site);
    }
}
