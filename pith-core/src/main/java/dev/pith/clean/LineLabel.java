package dev.pith.clean;

/** The class a line gets from its own features, before and after its neighbours are read. */
public enum LineLabel {
    /** Running prose: long, punctuated, dense in stop words. Kept inside the main region. */
    GOOD,
    /** Prose-like but short or thin; kept when it sits inside the main region. */
    NEAR_GOOD,
    /** Too short to judge alone (headings, captions, menu items); the neighbours decide. */
    SHORT,
    /** Long but not prose (keyword lists, link lists, code-like runs). */
    BAD,
    /** Recognised boilerplate (a call to action, an appeal, a repeated line): never kept. */
    BOILERPLATE
}
