package dev.pith.clean;

/**
 * Knows which lines recur across many documents of a site: corpus cleaning builds one from a
 * first pass over the input and hands it to {@link CleanOptions}. Implementations must be
 * thread-safe for reading.
 */
@FunctionalInterface
public interface RecurringLines {

    /** Nothing recurs: single-document cleaning. */
    RecurringLines NONE = (site, line) -> false;

    /**
     * @param site the document's site key (may be empty: the whole corpus)
     * @param line the line as the cleaner sees it (after glued sentences are split)
     */
    boolean recurs(String site, String line);
}
