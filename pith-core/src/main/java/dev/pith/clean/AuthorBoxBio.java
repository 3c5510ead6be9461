package dev.pith.clean;

import java.util.List;

/**
 * Under an author-box heading ("About the author", "Über die Autorin"; {@code author-box}
 * lists) the first paragraph is the writer's biography, and bios are often long: 40 to 110
 * words ("Scott Levine is a contributing Motley Fool stock market analyst …"). A paragraph that
 * long ends an aside box elsewhere ({@link AsideSectionRule}: the article resumes), but right
 * under an author heading it is the box's own. Only the first paragraph: two more in a row, or
 * another long one, are the article going on.
 */
final class AuthorBoxBio {

    /** Above the article the bio follows its heading closely: the name, a job line, then the bio. */
    static final int MAX_LINES_TO_BIO = 3;

    private AuthorBoxBio() {
    }

    /** True when the aside heading is an author box's rather than a related-links box's. */
    static boolean heads(Line heading, Vocabulary vocabulary) {
        return AsideHeadingRule.phraseEnd(heading.text(), vocabulary.authorBox) >= 0;
    }

    /** True when the line can be the bio: a paragraph of at most {@link AsideSectionRule#MAX_BIO_WORDS}. */
    static boolean isBio(Line line) {
        return AsideSectionRule.isProse(line) && line.words() <= AsideSectionRule.MAX_BIO_WORDS;
    }

    /**
     * An author box above the article ("Autoreninfo", then "Moritz Gathmann leitet das Ressort
     * …", then the story): the article has not started, so it cannot resume to end the box; the
     * box is the heading's lines down to the first paragraph, if that comes within {@link
     * #MAX_LINES_TO_BIO} lines and is a bio's length. Returns the last line dropped (the heading
     * when nothing is).
     */
    static int dropBioAbove(List<Line> lines, int heading, String rule) {
        int end = Math.min(lines.size(), heading + 1 + MAX_LINES_TO_BIO);
        for (int j = heading + 1; j < end; j++) {
            if (AsideSectionRule.isProse(lines.get(j))) {
                if (!isBio(lines.get(j))) {
                    return heading;
                }
                for (int k = heading + 1; k <= j; k++) {
                    lines.get(k).label(LineLabel.BOILERPLATE, rule);
                }
                return j;
            }
        }
        return heading;
    }
}
