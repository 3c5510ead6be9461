package dev.pith.meta;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Spots lines that introduce a date in words ("Posted on 15/12/2025", "Published on November
 * 13, 2025") wherever they stand: a page without date markup or a date line near its headline
 * often states its date like this at the end of the article. Checked on every element of the
 * page, so only the start of the element's first text node is compared, without allocating.
 */
final class DateLabels {

    /**
     * Lower-case publication labels of every language, each followed by the date ("Started by
     * Ann, June 04, 2024" heads a forum thread; "Veröffentlicht am 12. März 2020"). Update labels
     * are left out: far from the headline, "Last updated …" is a site-wide stamp
     * (documentation footers), not the article's date.
     */
    private static final List<String> LABELS = DateWords.PUBLICATION_LABELS;

    /** The first letter of every label. */
    private static final String FIRST_LETTERS = firstLetters();

    private DateLabels() {
    }

    private static String firstLetters() {
        StringBuilder letters = new StringBuilder();
        for (String label : LABELS) {
            if (letters.indexOf(label.substring(0, 1)) < 0) {
                letters.append(label.charAt(0));
            }
        }
        return letters.toString();
    }

    /** True when the element's own text starts with a date label. */
    static boolean startsWithLabel(Element e) {
        Node first = e.childNodeSize() == 0 ? null : e.childNode(0);
        if (!(first instanceof TextNode t)) {
            return false;
        }
        String text = t.getWholeText();
        int at = 0;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at == text.length() || FIRST_LETTERS.indexOf(Character.toLowerCase(text.charAt(at))) < 0) {
            // Most text starts with no label's first letter: one lookup instead of a comparison per label.
            return false;
        }
        for (String label : LABELS) {
            if (text.regionMatches(true, at, label, 0, label.length())) {
                return true;
            }
        }
        return false;
    }
}
