package dev.pith.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After the article, an aside heading ({@link AsideHeadingRule}) opens a box that is not the
 * article: a list of other articles (linked headlines, each perhaps with a date and a
 * one-paragraph teaser) or the author's biography. Teasers and biographies read like prose, so
 * the main region would run on through them; this rule ends it at the heading. The box ends
 * where the article resumes, at a run of two paragraphs or at one long paragraph: a "read also"
 * box set into the middle of a story does not cut the story's rest. A page with no article
 * shape above the heading — a listing, whose own items are teasers — is left alone.
 */
final class AsideSectionRule implements ContextRule {

    /** Prose words needed before a heading counts: a "most read" box above the article does not. */
    static final int MIN_PROSE_BEFORE = 100;
    /** A paragraph this long is the article's, not a teaser. */
    static final int RESUME_WORDS = 40;
    /**
     * A heading met this often is the page's own item structure ("More in this category" under
     * every item of a listing), not one box: it opens nothing and weighs like a short line.
     */
    static final int REPEATED_HEADING = 3;
    /**
     * The longest paragraph read as the author's biography under an author-box heading: bios run
     * to 40-110 words (a long paragraph by {@link #RESUME_WORDS}), so the first paragraph under
     * "About the author" is the box's even when it is long.
     */
    static final int MAX_BIO_WORDS = 120;

    @Override
    public String name() {
        return "aside-section";
    }

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        Map<String, Integer> headings = new HashMap<>();
        for (Line line : lines) {
            if (line.role == LineRole.ASIDE_HEADING) {
                headings.merge(line.text(), 1, Integer::sum);
            }
        }
        int prose = 0;
        boolean article = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.role == LineRole.ASIDE_HEADING && headings.get(line.text()) >= REPEATED_HEADING) {
                line.label(LineLabel.SHORT, name());
            } else if (article && prose >= MIN_PROSE_BEFORE && line.role == LineRole.ASIDE_HEADING) {
                int j = i + 1;
                boolean bioAhead = AuthorBoxBio.heads(line, context.vocabulary());
                for (; j < lines.size() && !(resumes(lines, j) && !(bioAhead && AuthorBoxBio.isBio(lines.get(j)))); j++) {
                    bioAhead &= !isProse(lines.get(j));
                    lines.get(j).label(LineLabel.BOILERPLATE, name());
                }
                i = j - 1;
            } else if (line.role == LineRole.ASIDE_HEADING && AuthorBoxBio.heads(line, context.vocabulary())) {
                i = AuthorBoxBio.dropBioAbove(lines, i, name());
            } else if (line.label == LineLabel.GOOD) {
                prose += line.words();
            }
            article |= resumes(lines, i);
        }
    }

    /** True when the article goes on at line {@code j}: a long paragraph, or two in a row. */
    private static boolean resumes(List<Line> lines, int j) {
        Line line = lines.get(j);
        if (!isProse(line)) {
            return false;
        }
        return line.label == LineLabel.GOOD && line.words() >= RESUME_WORDS
                || j + 1 < lines.size() && isProse(lines.get(j + 1));
    }

    static boolean isProse(Line line) {
        return line.label == LineLabel.GOOD || line.label == LineLabel.NEAR_GOOD;
    }
}
