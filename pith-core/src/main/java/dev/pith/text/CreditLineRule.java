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

    /** Where the last credit label of the line ends, or -1 without one; labels start at word starts. */
    private static int lastLabelEnd(String text, PhraseMatcher labels) {
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                last = Math.max(last, labels.endOfPhraseAt(text, i));
            }
        }
        return last;
    }
}
