package dev.pith.clean;

import java.util.List;

/**
 * A box about the writer or the publisher after the article, headed by the name ("About Amar
 * Hussain", "About SiliconANGLE Media", "Über Bob Fischer"; {@code author-box-about} lists)
 * over a paragraph that opens with the same name ("Amar is an avid traveler …", "SiliconANGLE
 * Media is a recognized leader …"). The paragraph reads as prose, and the heading names no box
 * that the {@code author-box} lists know. The name must open the paragraph and not start with a
 * function word: a heading "About The Route" over prose about the route is a section of the
 * text, as is one over prose about something else; and the box must
 * follow the article ({@link AsideSectionRule#MIN_PROSE_BEFORE} prose words above it). In a
 * language that capitalises nouns the heading's word may be a noun ("Über Bücher" over "Bücher
 * sind …"): there the name must not occur in the article's prose above ({@link PersonName}). In
 * English that test would cost real boxes: reviewers and publishers name themselves in the text.
 */
final class AboutNameBox implements ContextRule {

    /** The name after the heading's word: one to three capitalised words. */
    static final int MAX_NAME_WORDS = 3;
    /** Lines between the heading and the paragraph (a job line, a photo credit). */
    static final int MAX_LINES_TO_PARAGRAPH = 3;

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        int prose = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String name = prose >= AsideSectionRule.MIN_PROSE_BEFORE ? nameAfterWord(line, context.vocabulary()) : null;
            int paragraph = name == null ? -1 : paragraphOpeningWith(lines, i, firstWord(name));
            if (paragraph > 0 && !(PersonName.capitalisesNouns(context.language())
                    && PersonName.inProseAbove(lines, i, firstWord(name)))) {
                for (int j = i; j <= paragraph; j++) {
                    lines.get(j).label(LineLabel.BOILERPLATE, name());
                }
                i = paragraph;
            } else if (line.label == LineLabel.GOOD) {
                prose += line.words();
            }
        }
    }

    @Override
    public String name() {
        return "about-name-box";
    }

    /** The capitalised name after the heading's word, or null when the line is no such heading. */
    static String nameAfterWord(Line line, Vocabulary vocabulary) {
        if (line.words() < 2 || line.words() > MAX_NAME_WORDS + 1) {
            return null;
        }
        String text = line.text();
        int end = vocabulary.aboutName.endOfPhraseAt(text, 0);
        if (end < 0 || end >= text.length() || text.charAt(end) != ' ') {
            return null;
        }
        String name = text.substring(end + 1).strip();
        for (String word : name.split(" ")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return null;
            }
        }
        // "About The Route": a title-cased heading opens with a function word, a name does not
        return StopWords.mask(firstWord(name)) == 0 ? name : null;
    }

    static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /** The paragraph within reach below the heading that opens with the word, or -1. */
    private static int paragraphOpeningWith(List<Line> lines, int heading, String word) {
        int end = Math.min(lines.size(), heading + 1 + MAX_LINES_TO_PARAGRAPH);
        for (int j = heading + 1; j < end; j++) {
            Line line = lines.get(j);
            if (AsideSectionRule.isProse(line)) {
                String text = line.text();
                boolean opens = text.startsWith(word) && (text.length() == word.length()
                        || !Character.isLetterOrDigit(text.charAt(word.length())));
                return opens && AuthorBoxBio.isBio(line) ? j : -1;
            }
        }
        return -1;
    }
}
