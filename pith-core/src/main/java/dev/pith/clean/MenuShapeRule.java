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
    /** The interactive-interpreter prompt that opens a line of a session transcript. */
    private static final String PROMPT = ">>> ";

    @Override
    public String name() {
        return "menu-shape";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        int seps = line.features.separators();
        if (seps < MIN_SEPARATORS || line.features.terminal()) {
            return null;
        }
        seps -= codeAngles(line.text());
        return seps >= MIN_SEPARATORS && line.words() <= (seps + 1) * MAX_WORDS_PER_ITEM ? LineLabel.BOILERPLATE : null;
    }

    /**
     * The '>' of a line that belong to code or markup, not to a menu: all of them in a line with a
     * tag or a generic type ("&lt;td&gt;427311&lt;/td&gt;", "Result&lt;T, E&gt;"), else those of
     * arrows ("->", "=>", "-->") and of an interpreter prompt (">>> r.status_code"). Documentation
     * and programming articles print such lines as their content; a breadcrumb spaces its '>'.
     */
    static int codeAngles(String text) {
        int angles = 0;
        boolean tag = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' && i + 1 < text.length() && opensTag(text.charAt(i + 1))) {
                tag = true;
            } else if (c == '>') {
                angles++;
            }
        }
        if (tag || angles == 0) {
            return angles;
        }
        int code = text.startsWith(PROMPT) ? PROMPT.length() - 1 : 0;
        for (int i = 1; i < text.length(); i++) {
            char prev = text.charAt(i - 1);
            if (text.charAt(i) == '>' && (prev == '-' || prev == '=')) {
                code++;
            }
        }
        return code;
    }

    private static boolean opensTag(char c) {
        return Character.isLetter(c) || c == '/' || c == '!';
    }
}
