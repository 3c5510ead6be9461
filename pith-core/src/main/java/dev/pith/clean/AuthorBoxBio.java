package dev.pith.clean;

/**
 * Under an author-box heading ("About the author", "Über die Autorin"; {@code author-box}
 * lists) the first paragraph is the writer's biography, and bios are often long: 40 to 110
 * words ("Scott Levine is a contributing Motley Fool stock market analyst …"). A paragraph that
 * long ends an aside box elsewhere ({@link AsideSectionRule}: the article resumes), but right
 * under an author heading it is the box's own. Only the first paragraph: two more in a row, or
 * another long one, are the article going on.
 */
final class AuthorBoxBio {

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
}
