package dev.pith.text;

/**
 * What a line says to the reader: how many donation or subscription appeals
 * ({@link ReaderAppealRule}) and prompts ({@link CallToActionLineRule}) it holds. Both lists are
 * found in one pass over the line, remembered on it, rather than one pass per rule.
 *
 * @param appeals appeal phrases found, counting to 1
 * @param prompts prompt phrases found, counting to {@link CallToActionLineRule#MIN_PROMPTS_IN_LONG_LINE}
 */
record Cues(int appeals, int prompts) {

    private static final int[] ENOUGH = {1, CallToActionLineRule.MIN_PROMPTS_IN_LONG_LINE};

    /** The cues of one line, with the appeal and prompt lists of a document's {@link Vocabulary}. */
    static Cues of(String text, Vocabulary vocabulary) {
        int[] found = vocabulary.cues.count(text, ENOUGH);
        return new Cues(found[0], found[1]);
    }
}
