package dev.pith.text;

import java.util.List;

/**
 * What a line says to the reader: how many donation or subscription appeals
 * ({@link ReaderAppealRule}) and prompts ({@link CallToActionRule}) it holds. Both lists are
 * found in one pass over the line, remembered on it, rather than one pass per rule.
 *
 * @param appeals appeal phrases found, counting to 1
 * @param prompts prompt phrases found, counting to {@link CallToActionRule#MIN_PROMPTS_IN_LONG_LINE}
 */
record Cues(int appeals, int prompts) {

    private static final PhraseMatcher MATCHER = new PhraseMatcher(
            List.of(ReaderAppealRule.PHRASES, CallToActionRule.PROMPTS));
    private static final int[] ENOUGH = {1, CallToActionRule.MIN_PROMPTS_IN_LONG_LINE};

    /** The cues of one line. */
    static Cues of(String text) {
        int[] found = MATCHER.count(text, ENOUGH);
        return new Cues(found[0], found[1]);
    }
}
