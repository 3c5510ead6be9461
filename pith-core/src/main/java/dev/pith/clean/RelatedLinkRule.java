package dev.pith.clean;

/**
 * One link to another article set into or after the text: a related phrase, a colon and the
 * other article's headline ("Czytaj też: Wyścig zbrojeń ruszył z kopyta", "Lea también: …",
 * "Auch lesen: …"). News dumps scatter them between paragraphs; they are the site's, not the
 * article's.
 */
final class RelatedLinkRule implements LineRule {

    /** A linked headline fits in this many words with its phrase. */
    static final int MAX_WORDS = 30;

    @Override
    public String name() {
        return "related-link";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        if (line.words() > MAX_WORDS) {
            return null;
        }
        int end = AsideHeadingRule.phraseEnd(line.text(), context.vocabulary().related);
        return end >= 0 && startsHeadline(line.text(), end) ? LineLabel.BOILERPLATE : null;
    }

    /** True when the text goes on from {@code end} with a colon and then letters: a headline follows. */
    static boolean startsHeadline(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ':' && text.charAt(i) != '\uFF1A') {
            return false;
        }
        for (i++; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
