package dev.pith.clean;

import java.util.Arrays;

/**
 * What a line says to the reader: how many donation or subscription appeals
 * ({@link ReaderAppealRule}) and prompts ({@link CallToActionLineRule}) it holds, and where its
 * last photo-credit label ends ({@link CreditLineRule}). The three lists are found in one pass
 * over the line, remembered on it, rather than one pass per rule.
 *
 * @param appeals    appeal phrases found, counting to 1
 * @param prompts    prompt phrases found, counting to {@link CallToActionLineRule#MIN_PROMPTS_IN_LONG_LINE}
 * @param creditEnd  where the last credit label ends in the line, -1 without one
 */
record Cues(int appeals, int prompts, int creditEnd) {

    /** Lists of {@link Vocabulary#cues}, in this order. */
    static final int APPEALS = 0;
    static final int PROMPTS = 1;
    static final int CREDITS = 2;

    private static final int[] ENOUGH = {1, CallToActionLineRule.MIN_PROMPTS_IN_LONG_LINE, Integer.MAX_VALUE};

    /** The cues of one line, with the lists of a document's {@link Vocabulary}. */
    static Cues of(String text, Vocabulary vocabulary) {
        int[] lastEnd = new int[ENOUGH.length];
        Arrays.fill(lastEnd, -1);
        int[] found = vocabulary.cues.count(text, ENOUGH, lastEnd);
        return new Cues(found[APPEALS], found[PROMPTS], lastEnd[CREDITS]);
    }
}
