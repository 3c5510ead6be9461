package dev.pith.clean;

/**
 * Short prompts addressed to the reader rather than part of the text: subscribe, sign up, log
 * in, newsletter, share, comment, read more, cookies, privacy, ads, copyright ({@code
 * call-to-action} lists), and lines that are only a button or a label ({@code button} lists).
 * Page dumps end in runs of them ("Share", "Subscribe to our newsletter", "© 2024 …"), and
 * every dump has a few.
 */
final class CallToActionLineRule implements LineRule {

    /** Longer lines are prose even when they mention subscribing or sharing. */
    static final int MAX_WORDS = 25;
    /**
     * A longer line with this many prompts is a sign-up box flattened into one line ("Sign up
     * for our newsletter … Email address … Subscribe … Privacy policy").
     */
    static final int MIN_PROMPTS_IN_LONG_LINE = 3;
    /** Beyond this length even a prompt-laden line is left to the prose rules. */
    static final int MAX_PROMPT_BOX_WORDS = 120;

    @Override
    public String name() {
        return "call-to-action";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        Vocabulary vocabulary = context.vocabulary();
        if (line.words() > MAX_WORDS) {
            // a flattened sign-up box ends on a button label, not a full stop; prose is skipped cheaply
            return line.words() <= MAX_PROMPT_BOX_WORDS && !line.features.terminal()
                    && line.cues(vocabulary).prompts() >= MIN_PROMPTS_IN_LONG_LINE
                    ? LineLabel.BOILERPLATE : null;
        }
        return vocabulary.buttons.matches(line.text()) || line.cues(vocabulary).prompts() > 0
                ? LineLabel.BOILERPLATE : null;
    }
}
