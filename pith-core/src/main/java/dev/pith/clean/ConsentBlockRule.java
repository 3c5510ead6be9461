package dev.pith.clean;

import dev.pith.util.Chars;
import java.util.List;

/**
 * A cookie-consent dialog flattened into the dump: paragraphs explaining which cookies the site
 * sets and why, between short category labels and buttons ("Notwendige Cookies", "Cookie
 * settings", "Accept all cookies"). Its paragraphs are well-formed prose in the page's language,
 * so the stop-word rules call them good and the main region may even settle on them instead of
 * the article. The dialog gives itself away by repetition: several lines in a row about cookies,
 * with only short lines and boilerplate between, one of them a consent prompt the phrase lists
 * know. The word is the same in nearly every language that has the dialog. An article or a
 * manual about cookies (a web framework's documentation, a recipe) repeats the word too but
 * has no consent prompt among its lines, and is left alone.
 */
final class ConsentBlockRule implements ContextRule {

    /** The word every consent dialog repeats, matched in lower case at a word start. */
    static final String CONSENT_WORD = "cookie";
    /** Lines mentioning it that make a block. */
    static final int MIN_MENTIONS = 2;

    @Override
    public String name() {
        return "consent-block";
    }

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        int i = 0;
        while (i < lines.size()) {
            if (!mentions(lines.get(i))) {
                i++;
                continue;
            }
            int last = i;
            int count = 0;
            boolean prompt = false;
            int j = i;
            for (; j < lines.size() && (mentions(lines.get(j)) || isFiller(lines.get(j))); j++) {
                if (mentions(lines.get(j))) {
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

    /** True when the line has the consent word at the start of a word ("Cookies", "Cookie-Einstellungen"). */
    static boolean mentions(Line line) {
        return Chars.containsWordStartIgnoreCase(line.text(), CONSENT_WORD);
    }
}
