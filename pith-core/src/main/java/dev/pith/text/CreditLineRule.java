package dev.pith.text;

import dev.pith.util.TextMetrics;

/**
 * A photo or source credit ("Foto: Christof Stache", "Imagen: Télam", "Źródło: Statista.com",
 * "Photograph by …"), alone or ending a caption ("… angekommen. (Foto: Privat)"): text dumps
 * keep the caption under every picture, and the credit marks it ({@code photo-credit} lists).
 * The credit itself is a few names; more words after the label are prose that quotes a source.
 */
final class CreditLineRule implements LineRule {

    /** A caption with its credit is at most this long. */
    static final int MAX_CAPTION_WORDS = 30;
    /** The credit after its label: a photographer's and an agency's name. */
    static final int MAX_CREDIT_WORDS = 6;

    @Override
    public String name() {
        return "credit";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        if (line.words() > MAX_CAPTION_WORDS) {
            return null;
        }
        String text = line.text();
        int end = lastLabelEnd(text, context.vocabulary().credits);
        return end >= 0 && TextMetrics.words(text.substring(end)) <= MAX_CREDIT_WORDS ? LineLabel.BOILERPLATE : null;
    }

    /** Labels are at most this many words ("photo credit:", "crédits photo"). */
    static final int MAX_LABEL_WORDS = 2;

    /**
     * Where the last credit label of the line ends, or -1 without one. Labels start at word
     * starts, and only the last words of the line can hold one that is followed by a credit:
     * the line is read backwards over those words alone.
     */
    private static int lastLabelEnd(String text, PhraseMatcher labels) {
        int starts = 0;
        for (int i = text.length() - 1; i >= 0 && starts <= MAX_CREDIT_WORDS + MAX_LABEL_WORDS; i--) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                starts++;
                int end = labels.endOfPhraseAt(text, i);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }
}
