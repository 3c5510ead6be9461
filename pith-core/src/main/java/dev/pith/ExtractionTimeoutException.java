package dev.pith;

import java.time.Duration;

/**
 * Thrown when one extraction runs past {@link ExtractOptions#timeBudget()}: a pathological page
 * (megabytes of unclosed tags, say) is given up instead of holding a thread for minutes.
 */
public final class ExtractionTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param budget the budget that ran out */
    public ExtractionTimeoutException(Duration budget) {
        super("extraction gave up after its time budget of " + budget.toMillis() + " ms");
    }
}
