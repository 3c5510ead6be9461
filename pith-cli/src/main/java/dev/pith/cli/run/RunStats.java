package dev.pith.cli.run;

import java.util.Locale;

/**
 * What a run did.
 *
 * @param documents records written
 * @param errors    records with an error
 * @param nanos     wall-clock time
 */
public record RunStats(long documents, long errors, long nanos) {

    public double perSecond() {
        return nanos == 0 ? 0 : documents / (nanos / 1e9);
    }

    /** The one-line summary printed at the end of a run. */
    public String summary() {
        return String.format(Locale.ROOT, "pith: %d documents, %d errors, %.1f s, %.1f pages/s",
                documents, errors, nanos / 1e9, perSecond());
    }
}
