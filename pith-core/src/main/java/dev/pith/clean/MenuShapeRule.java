package dev.pith.clean;

/**
 * Breadcrumbs and inline menus ("Home » News » World", "About | Contact | Jobs"): several
 * separators between a few capitalised words. Prose seldom uses these characters.
 */
final class MenuShapeRule implements LineRule {

    /** Separators that make a line a menu when the words between them are few. */
    static final int MIN_SEPARATORS = 2;
    /** At most this many words per separated item. */
    static final int MAX_WORDS_PER_ITEM = 4;

    @Override
    public String name() {
        return "menu-shape";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        int seps = line.features.separators();
        return seps >= MIN_SEPARATORS && line.words() <= (seps + 1) * MAX_WORDS_PER_ITEM
                && !line.features.terminal() ? LineLabel.BOILERPLATE : null;
    }
}
