package dev.pith.clean;

import java.util.List;

/**
 * A cookie-consent dialog flattened into the dump: paragraphs explaining which cookies the site
 * sets and why, between short category labels and buttons ("Notwendige Cookies", "Cookie
 * settings", "Accept all cookies"). Its paragraphs are well-formed prose in the page's language,
 * so the stop-word rules call them good and the main region may even settle on them instead of
 * the article. The dialog gives itself away by repetition: several lines in a row about cookies,
 * with only short lines and boilerplate between, one of them a consent prompt the phrase lists
 * know. The word is "cookie" in most languages that have the dialog, and the language's own word
 * where it has one ("бисквитки", "çerez"): the per-language {@code cookie-word} lists the
 * extraction's cookie-notice rule reads too. An article or a
 * manual about cookies (a web framework's documentation, a recipe) repeats the word too but
 * has no consent prompt among its lines, and is left alone.
 */
final class ConsentBlockRule implements ContextRule {

    /** Lines mentioning it that make a block. */
    static final int MIN_MENTIONS = 2;

    @Override
    public String name() {
        return "consent-block";
    }

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        PhraseMatcher words = context.vocabulary().cookieWords;
        int i = 0;
        while (i < lines.size()) {
            if (!mentions(lines.get(i), words)) {
                i++;
                continue;
            }
            int last = i;
            int count = 0;
            boolean prompt = false;
            int j = i;
            for (; j < lines.size() && (mentions(lines.get(j), words) || isFiller(lines.get(j))); j++) {
                if (mentions(lines.get(j), words)) {
                    count++;
                    last = j;
                    prompt |= lines.get(j).label == LineLabel.BOILERPLATE;
                }
            }
            if (count >= MIN_MENTIONS && prompt) {
                for (int k = i; k <= last; k++) {
                    lines.get(k).label(LineLabel.BOILERPLATE, name());
                }
            }
            i = last + 1;
        }
    }

    /** Short labels and furniture may sit between a dialog's paragraphs. */
    private static boolean isFiller(Line line) {
        return line.label == LineLabel.SHORT || line.label == LineLabel.BOILERPLATE;
    }

    /** True when a word of the line starts with a word for cookies ("Cookies", "Cookie-Einstellungen", "бисквитките"). */
    static boolean mentions(Line line, PhraseMatcher cookieWords) {
        return cookieWords.find(line.text());
    }
}
