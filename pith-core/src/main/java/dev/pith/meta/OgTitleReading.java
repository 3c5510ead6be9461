package dev.pith.meta;

/**
 * What the document title says about the og:title beside it. Templates copy the headline into
 * both; where the og:title differs from the document title's start, the document title shows how
 * the headline was written.
 */
final class OgTitleReading {

    /** Quotation marks a template's unescaped attribute breaks at (ASCII double quote and the typographic ones). */
    private static final String QUOTES = "\"“”„«»";

    private OgTitleReading() {
    }

    /**
     * True when the og:title is the document title cut short where a quotation mark opens
     * ({@code og:title="Senador … califica a Biden de "} beside the title "Senador … califica a
     * Biden de "incapacitado""): the template wrote the headline's quote into the attribute
     * unescaped, which ended it there; the document title holds the whole headline.
     */
    static boolean cutAtQuote(String og, String docTitle) {
        String cut = og.strip();
        if (cut.isEmpty() || docTitle == null || !docTitle.startsWith(cut) || docTitle.length() <= cut.length()) {
            return false;
        }
        String rest = docTitle.substring(cut.length()).stripLeading();
        return !rest.isEmpty() && QUOTES.indexOf(rest.charAt(0)) >= 0;
    }

    /**
     * True when the document title holds the whole og:title and goes on after it ("Termine … Januar –
     * Mai 2020 Halle/Saale und Dessau - whiskyverkostung.com" beside the og:title "Termine … Januar -
     * Mai 2020 Halle/Saale und Dessau"): the template appended the site's name to the whole
     * og:title, so a spaced hyphen inside the og:title is the headline's own, not where a template
     * appended something (a pipe still ends the headline: the caller cuts there).
     */
    static boolean heldWhole(String og, String docTitle) {
        String o = TitleChooser.norm(og);
        String d = TitleChooser.norm(docTitle == null ? "" : docTitle);
        return !o.isEmpty() && d.length() > o.length() && d.startsWith(o + " ");
    }
}
