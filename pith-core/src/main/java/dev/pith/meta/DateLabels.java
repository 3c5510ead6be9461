package dev.pith.meta;

import dev.pith.util.Chars;
import dev.pith.util.TextMetrics;
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
    static final DateLabels PUBLICATION = new DateLabels(DateWords.PUBLICATION_LABELS);
    /**
     * Lower-case update labels of every language ("Aktualisiert am 17.01.2021."): never the
     * page's date on their own, but the day of a month the page states alone.
     */
    static final DateLabels UPDATE = new DateLabels(DateWords.UPDATE_LABELS);

    /** A label's second character that does not let {@link #labelled} pass the label over. */
    private static final char NO_SECOND = Character.MAX_VALUE;

    /** The first letter of every label, lower case, each once. */
    private final String firstLetters;
    /**
     * For each of {@link #firstLetters}, the labels a text opening with that letter may start
     * with: every element's text is compared, and a text opening with a common letter ("p",
     * "d", "a") would otherwise be compared with every label of every language.
     */
    private final List<List<String>> byFirstLetter;

    /**
     * For each ASCII character, its index in {@link #firstLetters}, or -1: the first letter of
     * nearly every element's text is ASCII, and a lookup costs less than a search of some thirty letters.
     */
    private final int[] asciiLetterIndex = new int[Chars.ASCII_END];
    /**
     * The second character of each label of {@link #byFirstLetter}, or {@link #NO_SECOND} for
     * a label of one character or one whose second character is not ASCII: the labels sharing
     * a common initial ("p": "published", "posted", "publié le", "pubblicato", …) are passed
     * over without comparing them where the text's second character already differs.
     */
    private final List<char[]> secondsByFirstLetter;

    private DateLabels(List<String> labels) {
        this.firstLetters = firstLetters(labels);
        this.byFirstLetter = firstLetters.chars().mapToObj(letter -> startingWith((char) letter, labels)).toList();
        this.secondsByFirstLetter = byFirstLetter.stream().map(DateLabels::seconds).toList();
        for (char c = 0; c < Chars.ASCII_END; c++) {
            asciiLetterIndex[c] = firstLetters.indexOf(c);
        }
    }

    private static String firstLetters(List<String> labels) {
        StringBuilder letters = new StringBuilder();
        for (String label : labels) {
            if (letters.indexOf(label.substring(0, 1)) < 0) {
                letters.append(label.charAt(0));
            }
        }
        return letters.toString();
    }

    private static char[] seconds(List<String> labels) {
        char[] seconds = new char[labels.size()];
        for (int k = 0; k < seconds.length; k++) {
            String label = labels.get(k);
            seconds[k] = label.length() > 1 && label.charAt(1) < Chars.ASCII_END ? label.charAt(1) : NO_SECOND;
        }
        return seconds;
    }

    /**
     * The labels whose first letter equals {@code letter} ignoring case, as
     * {@link String#regionMatches(boolean, int, String, int, int)} compares them.
     */
    private static List<String> startingWith(char letter, List<String> labels) {
        return labels.stream().filter(label -> label.regionMatches(true, 0, String.valueOf(letter), 0, 1)).toList();
    }

    /**
     * The labels that open the element's own text, or one of its lines (a text after a
     * {@code <br>}: "Letzte Änderung: …<br>Erschienen am: 01.11.2023"): {@link #PUBLICATION} when
     * a publication label opens any of them, else {@link #UPDATE} when an update label does, else
     * null. Every element of the page is asked, so one walk over its children serves both kinds.
     */
    static DateLabels opening(Element e) {
        DateLabels found = null;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t && (i == 0 || isBreak(e.childNode(i - 1)))) {
                String text = t.getWholeText();
                int at = firstVisible(text);
                if (at == text.length()) {
                    continue;
                }
                if (PUBLICATION.labelled(text, at)) {
                    return PUBLICATION;
                }
                if (found == null && UPDATE.labelled(text, at)) {
                    found = UPDATE;
                }
            }
        }
        return found;
    }

    /**
     * The line of the element that a date label opens after a {@code <br>}, up to the next
     * {@code <br>}, whitespace-collapsed; null when no line after a break starts with a label.
     * Small sites print their page facts as such lines in one block, the publication date
     * among update stamps and counters, so the block's whole text would name the wrong date.
     */
    String labelledLine(Element e) {
        TextNode start = labelledLineStart(e);
        if (start == null) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        for (Node n = start; n != null && !isBreak(n); n = n.nextSibling()) {
            line.append(n instanceof TextNode t ? t.getWholeText() : n instanceof Element x ? x.text() : "");
        }
        return TextMetrics.collapseWhitespace(line.toString());
    }

    private TextNode labelledLineStart(Element e) {
        for (int i = 1; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t && isBreak(e.childNode(i - 1)) && labelled(t)) {
                return t;
            }
        }
        return null;
    }

    private static boolean isBreak(Node n) {
        return n instanceof Element x && "br".equals(x.normalName());
    }

    /** True when the text starts, after white space, with a date label. */
    private boolean labelled(TextNode t) {
        String text = t.getWholeText();
        int at = firstVisible(text);
        return at < text.length() && labelled(text, at);
    }

    /** The index of the text's first character that is not white space; its length when none is. */
    private static int firstVisible(String text) {
        int at = 0;
        while (at < text.length() && Chars.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** True when a date label starts the text at {@code at}, a character that is not white space. */
    private boolean labelled(String text, int at) {
        char lower = Character.toLowerCase(text.charAt(at));
        int letter = lower < Chars.ASCII_END ? asciiLetterIndex[lower] : firstLetters.indexOf(lower);
        if (letter < 0) {
            // Most text starts with no label's first letter: one lookup instead of a comparison per label.
            return false;
        }
        List<String> labels = byFirstLetter.get(letter);
        char[] seconds = secondsByFirstLetter.get(letter);
        // an ASCII second character equals an ASCII one ignoring case only as the same letter;
        // any other pair is left to the comparison
        char next = at + 1 < text.length() ? text.charAt(at + 1) : NO_SECOND;
        boolean asciiNext = next < Chars.ASCII_END;
        for (int k = 0; k < seconds.length; k++) {
            if (asciiNext && seconds[k] != NO_SECOND && Chars.toLowerCase(seconds[k]) != Chars.toLowerCase(next)) {
                continue;
            }
            String label = labels.get(k);
            if (Chars.startsWithIgnoreCase(text, at, label)) {
                return true;
            }
        }
        return false;
    }
}
