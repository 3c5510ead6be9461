package dev.pith;

/**
 * How {@link Pith#extract} trades precision against recall.
 *
 * @param includeComments keep reader comment sections under an article
 * @param focus           favour precision (less noise) or recall (less loss)
 */
public record ExtractOptions(boolean includeComments, Focus focus) {

    /** The defaults: no comments, balanced. */
    public static final ExtractOptions DEFAULTS = new ExtractOptions(false, Focus.BALANCED);

    public ExtractOptions {
        focus = focus == null ? Focus.BALANCED : focus;
    }

    public ExtractOptions withComments(boolean include) {
        return new ExtractOptions(include, focus);
    }

    public ExtractOptions withFocus(Focus newFocus) {
        return new ExtractOptions(includeComments, newFocus);
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
