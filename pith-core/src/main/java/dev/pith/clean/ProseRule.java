package dev.pith.clean;

/**
 * The base classification of a line by length and stop-word density in the document's
 * language (the jusText idea): prose is long and dense in function words; menus, tags and
 * product grids are short or sparse. Lines in scripts without spaces, or in a language
 * without a stop-word list, are judged by sentence punctuation instead.
 */
final class ProseRule implements LineRule {

    /** Fewer words than this: too short to judge alone. */
    static final int SHORT_WORDS = 10;
    /** At least this many words with high density: good prose on its own. */
    static final int LONG_WORDS = 20;
    /** Stop-word share of good prose. */
    static final double HIGH_DENSITY = 0.30;
    /** Stop-word share below which a long line is not prose. */
    static final double LOW_DENSITY = 0.15;

    /** A sentence has at most this share of capitalised words; more is a list of names or an address. */
    static final double MAX_SENTENCE_CAPITALIZED = 0.4;
    /** The marks that end a statement; closing quotes and brackets after them are looked through. */
    private static final String SENTENCE_ENDS = ".!";
    /** Closing quotes and brackets that may follow the final mark. */
    private static final String CLOSERS = "\"”’')]»« ";

    @Override
    public String name() {
        return "prose";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        LineFeatures f = line.features;
        if (f.words() < SHORT_WORDS || isUnpunctuatedHeadline(f)) {
            return LineLabel.SHORT;
        }
        if (f.mostlyUnspaced() || context.language() < 0) {
            return byPunctuation(f);
        }
        // The page's language, or another whose function words fill the line: a quotation, a
        // bilingual paragraph, or a page whose language the detector misread.
        double density = Math.max(f.stopDensity(context.language()), f.bestStopDensity());
        if (density >= HIGH_DENSITY) {
            return f.words() >= LONG_WORDS ? LineLabel.GOOD : LineLabel.NEAR_GOOD;
        }
        return density >= LOW_DENSITY || isPunctuatedSentence(f) ? LineLabel.NEAR_GOOD : LineLabel.BAD;
    }

    /**
     * A line that opens with a capital, ends with a full stop or an exclamation mark and is not
     * mostly names is written as a sentence, however few function words it has: terse
     * product, service and technical prose ("Small decor ships UPS/FedEx, arrives in 3–5 days.")
     * reads thin, while keyword and link lists seldom end in a full stop. A colon announces
     * what follows, a question is as often a thread title repeated over every post, and
     * addresses, credits and references are mostly capitalised names.
     * Near-good, so it is kept only inside the main region.
     */
    private static boolean isPunctuatedSentence(LineFeatures f) {
        String text = f.text();
        return f.terminal() && SENTENCE_ENDS.indexOf(lastVisible(text)) >= 0 && Character.isUpperCase(text.codePointAt(0))
                && f.capitalizedShare() <= MAX_SENTENCE_CAPITALIZED;
    }

    /**
     * A line shorter than a long sentence that does not end like one is a heading or a teaser
     * headline: neutral, so that lists of "more stories" do not pull the main region along.
     */
    private static boolean isUnpunctuatedHeadline(LineFeatures f) {
        return !f.terminal() && f.words() < LONG_WORDS;
    }

    /** Without stop words: sentences are punctuated, menus and lists are not. */
    private static LineLabel byPunctuation(LineFeatures f) {
        if (f.sentenceMarks() == 0 && f.commas() == 0) {
            return LineLabel.BAD;
        }
        return f.words() >= LONG_WORDS && f.terminal() ? LineLabel.GOOD : LineLabel.NEAR_GOOD;
    }

    /** The last character that is not a closing quote, bracket or space; a space when there is none. */
    static char lastVisible(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (CLOSERS.indexOf(text.charAt(i)) < 0) {
                return text.charAt(i);
            }
        }
        return ' ';
    }
}
