package dev.pith.batch.run;

/**
 * Hears how a run advances. The batch code never prints: a command line draws a progress
 * line from these calls, a server or a cluster job records metrics or logs them.
 * Calls come from the thread that writes records, in order.
 */
@FunctionalInterface
public interface RunListener {

    /** A listener that ignores everything. */
    RunListener NONE = (documents, errors) -> { };

    /**
     * A record was written.
     *
     * @param documents records written so far in this run
     * @param errors    of them, records with an error
     */
    void written(long documents, long errors);
}
