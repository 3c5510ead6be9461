package dev.pith.clean;

import java.util.List;

/**
 * When a few capitalised words at the start of a line are a person's name ({@link AuthorBio},
 * {@link AuthorCard}). Capitals alone are weak evidence: a sentence opens with one ("Die
 * Bürgermeisterin sagte dem Redakteur, …"), a title-cased heading has them on every word, and
 * German capitalises every noun, so "Capitalised Capitalised" is a name only when nothing says
 * otherwise. A name does not open with a function word of the page's language ("Die", "The");
 * in a language that capitalises its nouns it needs a second sign from the page — the same
 * name again on a short line of its own (a byline, an author link, a card). Scripts without
 * case never match the capitalised patterns, so these rules do not fire on them.
 */
final class PersonName {

    /** Languages that capitalise every noun, by {@link StopWords#LANGUAGES} code. */
    private static final List<String> NOUN_CAPITALISING = List.of("de");
    /** A line that repeats the name on its own is short: a byline, an author link, a card's name. */
    static final int MAX_REPEAT_LINE_WORDS = AuthorBio.MAX_BYLINE_WORDS;

    private PersonName() {
    }

    /** True when the name opens with a function word of the language (any language when unknown). */
    static boolean opensWithFunctionWord(String name, int language) {
        int space = name.indexOf(' ');
        int mask = StopWords.mask(space < 0 ? name : name.substring(0, space));
        return language < 0 ? mask != 0 : (mask & (1 << language)) != 0;
    }

    /**
     * True when capitals do not tell names from nouns in the language: it capitalises nouns, or
     * it is unknown (a page in a language without lists may be one that does).
     */
    static boolean capitalisesNouns(int language) {
        return language < 0 || NOUN_CAPITALISING.contains(StopWords.LANGUAGES.get(language));
    }

    /**
     * True when a prose line above {@code end} holds the word as a whole word: the article talks
     * about it ("Über Bücher" over "Bücher sind …" closes an article on books), whereas a box
     * about the writer names someone the article does not.
     */
    static boolean inProseAbove(List<Line> lines, int end, String word) {
        for (int j = 0; j < end; j++) {
            Line line = lines.get(j);
            if (line.label == LineLabel.GOOD && containsWord(line.text(), word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int after = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /** True when a short line other than {@code except} holds the name, as a byline or an author link does. */
    static boolean repeatedOnShortLine(List<Line> lines, int except, String name) {
        for (int j = 0; j < lines.size(); j++) {
            Line line = lines.get(j);
            if (j != except && line.words() <= MAX_REPEAT_LINE_WORDS && line.text().contains(name)) {
                return true;
            }
        }
        return false;
    }
}
