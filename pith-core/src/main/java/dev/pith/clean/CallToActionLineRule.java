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
    /**
     * Up to this length a line with {@link #MIN_PROMPTS_IN_LONG_LINE} prompts is a sign-up box
     * even when it ends in a full stop: the sentence under a form ("By entering your email
     * address you agree to our Terms of Use and Privacy Policy and consent to receive emails …",
     * "Sign up for our newsletters to have stories delivered to your inbox. Consider becoming a
     * member …"). An article about subscriptions mentions one or two prompts a sentence; two
     * already cut reviews of streaming plans ("you can sign up for a free 7-day trial …").
     */
    static final int MAX_CLOSED_PROMPT_BOX_WORDS = 60;

    @Override
    public String name() {
        return "call-to-action";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        Vocabulary vocabulary = context.vocabulary();
        if (line.words() > MAX_WORDS) {
            // a flattened sign-up box ends on a button label, or is a short paragraph of prompts;
            // long prose is skipped cheaply
            int maxWords = line.features.terminal() ? MAX_CLOSED_PROMPT_BOX_WORDS : MAX_PROMPT_BOX_WORDS;
            return line.words() <= maxWords && line.cues(vocabulary).prompts() >= MIN_PROMPTS_IN_LONG_LINE
                    ? LineLabel.BOILERPLATE : null;
        }
        return vocabulary.buttons.matches(line.text()) || line.cues(vocabulary).prompts() > 0
                ? LineLabel.BOILERPLATE : null;
    }
}
