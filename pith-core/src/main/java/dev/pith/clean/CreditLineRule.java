package dev.pith.clean;

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
        int end = line.cues(context.vocabulary()).creditEnd();
        return end >= 0 && TextMetrics.words(line.text().substring(end)) <= MAX_CREDIT_WORDS ? LineLabel.BOILERPLATE : null;
    }
}
