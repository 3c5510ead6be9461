package dev.pith;

import java.time.Duration;
import java.time.LocalDate;

/**
 * How {@link Pith#extract} works on a page. Start from {@link #DEFAULTS} and change what you
 * need with the {@code with...} methods.
 *
 * @param includeComments keep reader comment sections under an article
 * @param focus           favour precision (less noise) or recall (less loss); null means balanced
 * @param referenceDate   the day the page is read "as of": dates later than the day after it are
 *                        implausible and ignored. Null means today (UTC) at extraction time; fix it
 *                        to reproduce a run byte for byte, e.g. when reprocessing a crawl
 * @param timeBudget      the longest one extraction may take before it gives up with an
 *                        {@link ExtractionTimeoutException}; null or zero means no limit
 * @param inlineMarks     give the body's blocks their {@link dev.pith.model.Mark}s (links, bold,
 *                        italic), which only Markdown and HTML renderings with links or formatting
 *                        show; without them blocks have no marks, the same text, and an extraction
 *                        takes several percent less time (the marks align each block's raw runs
 *                        with its text character by character)
 */
public record ExtractOptions(boolean includeComments, Focus focus, LocalDate referenceDate, Duration timeBudget,
                             boolean inlineMarks) {

    /** The defaults: no comments, balanced, dates as of today, no time limit, inline marks kept. */
    public static final ExtractOptions DEFAULTS = new ExtractOptions(false, Focus.BALANCED, null, null, true);

    /** Checks and normalises the components, as the class comment describes. */
    public ExtractOptions {
        focus = focus == null ? Focus.BALANCED : focus;
        if (timeBudget != null && timeBudget.isNegative()) {
            throw new IllegalArgumentException("time budget must not be negative, got " + timeBudget);
        }
        timeBudget = timeBudget == null || timeBudget.isZero() ? null : timeBudget;
    }

    /** Options with inline marks kept, as before marks could be left out. */
    public ExtractOptions(boolean includeComments, Focus focus, LocalDate referenceDate, Duration timeBudget) {
        this(includeComments, focus, referenceDate, timeBudget, true);
    }

    /** These options with reader comments kept or dropped. */
    public ExtractOptions withComments(boolean include) {
        return new ExtractOptions(include, focus, referenceDate, timeBudget, inlineMarks);
    }

    /** These options with another focus. */
    public ExtractOptions withFocus(Focus newFocus) {
        return new ExtractOptions(includeComments, newFocus, referenceDate, timeBudget, inlineMarks);
    }

    /** These options with dates judged as of {@code day} (null: today). */
    public ExtractOptions withReferenceDate(LocalDate day) {
        return new ExtractOptions(includeComments, focus, day, timeBudget, inlineMarks);
    }

    /** These options with a time limit per extraction (null or zero: none). */
    public ExtractOptions withTimeBudget(Duration budget) {
        return new ExtractOptions(includeComments, focus, referenceDate, budget, inlineMarks);
    }

    /**
     * These options with the body's inline marks computed or left out. Leave them out when no
     * rendering will show links or formatting (plain text, JSON, JSON Lines records).
     */
    public ExtractOptions withInlineMarks(boolean keep) {
        return new ExtractOptions(includeComments, focus, referenceDate, timeBudget, keep);
    }

    /** Which error an extraction should rather make. */
    public enum Focus {
        /** Drop a doubtful block: for training data and indexes that punish noise. */
        PRECISION,
        /** The default, tuned on the benchmarks' F1. */
        BALANCED,
        /** Keep a doubtful block: for archives and search that punish loss. */
        RECALL
    }
}
