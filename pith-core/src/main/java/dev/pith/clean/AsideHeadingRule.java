package dev.pith.clean;

import dev.pith.util.TextMetrics;

/**
 * A heading over a box that follows the article and is not part of it: links to other articles
 * ("Related articles", "Das könnte Sie auch interessieren", "Dans la même rubrique", "Zobacz
 * także", "関連記事"; {@code related} lists) or the author's biography ("Über den Autor", "About
 * the author"; {@code author-box} lists). The line is the phrase, alone or with a colon, a count
 * or a few words such as a site name. News and blog dumps put these boxes right after the
 * article, where their teasers and biographies read like its last paragraphs;
 * {@link AsideSectionRule} drops the box the heading opens.
 */
final class AsideHeadingRule implements LineRule {

    /** A heading is short; a longer line starting with the phrase is prose. */
    static final int MAX_WORDS = 10;
    /** Words a heading may carry besides the phrase ("… auf UEPO.de", "… in Politics"). */
    static final int MAX_EXTRA_WORDS = 3;

    @Override
    public String name() {
        return "aside-heading";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        if (line.words() > MAX_WORDS) {
            return null;
        }
        String text = line.text();
        Vocabulary vocabulary = context.vocabulary();
        int end = Math.max(phraseEnd(text, vocabulary.related), phraseEnd(text, vocabulary.authorBox));
        if (end < 0 || RelatedLinkRule.startsHeadline(text, end)) {
            return null;
        }
        return TextMetrics.words(text.substring(end)) <= MAX_EXTRA_WORDS ? LineLabel.BOILERPLATE : null;
    }

    @Override
    public LineRole role() {
        return LineRole.ASIDE_HEADING;
    }

    /**
     * Where a phrase that opens the line ends (after leading symbols such as "» " or "- "), or -1
     * when the line does not open with one.
     */
    static int phraseEnd(String text, PhraseMatcher phrases) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return phrases.endOfPhraseAt(text, start);
    }
}
