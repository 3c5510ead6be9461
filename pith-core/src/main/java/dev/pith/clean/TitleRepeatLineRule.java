package dev.pith.clean;

/**
 * The headline repeated in the body (dumps carry the {@code <title>} first and the {@code <h1>}
 * again above the article). It is metadata, not body: extractors' gold leaves it out.
 */
final class TitleRepeatLineRule implements LineRule {

    /** Allowance for punctuation and spacing differences between the title and its repeat. */
    static final int LENGTH_SLACK = 3;

    @Override
    public String name() {
        return "title-repeat";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        int len = line.text().length();
        if (context.title().isEmpty() || len > context.fullTitle().length() + LENGTH_SLACK
                || len < context.title().length() - LENGTH_SLACK) {
            return null;
        }
        String text = normalize(line.text());
        return text.equals(context.titleKey()) || text.equals(context.fullTitleKey())
                ? LineLabel.BOILERPLATE : null;
    }

    @Override
    public LineRole role() {
        return LineRole.HEADLINE;
    }

    /** Letters and digits only, lower case. */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
