package dev.pith.clean;

/**
 * Appeals for money or a subscription written as prose ("Your support helps us…", "Your
 * donation allows us…", "we choose not to lock Americans out… with paywalls"). They read like
 * article paragraphs, so line filters keep them; their vocabulary ({@code reader-appeal} lists)
 * gives them away. Donation boxes of news sites open or close the dump with several of them.
 */
final class ReaderAppealRule implements LineRule {

    /** An article paragraph may mention donations in passing; an appeal is at most this long. */
    static final int MAX_WORDS = 60;

    @Override
    public String name() {
        return "reader-appeal";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        if (line.words() > MAX_WORDS || line.cues(context.vocabulary()).appeals() == 0) {
            return null;
        }
        return LineLabel.BOILERPLATE;
    }

    @Override
    public LineRole role() {
        return LineRole.APPEAL;
    }
}
