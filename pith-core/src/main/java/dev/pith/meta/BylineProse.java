package dev.pith.meta;

/**
 * Tells a sentence that opens with a byline word from a byline. Prose under a headline opens
 * with "By" or "Von" as often as a byline does ("By following the tips below, you …", "By the
 * 15th century, coffee …", "By submitting, I agree to …", "Von Einheimischen und Gästen
 * empfohlen …"); a byline names a person and stops: it is short, and it does not end as a
 * sentence ends.
 */
final class BylineProse {

    /** A line this long ending in a full stop is a sentence, whatever opens it. */
    static final int MIN_SENTENCE_WORDS = 8;
    /**
     * Longest line read as a byline naming a user in lower case ("by damianduchamps", "by jdoe
     * on 12. Mai 2020"): a lower-case word after "by" is more often a verb or an article.
     */
    static final int MAX_USER_NAME_LINE_WORDS = 6;

    private BylineProse() {
    }

    /**
     * True when the line, whose byline word ends at {@code nameStart} (the name's first letter),
     * reads as a sentence rather than a byline: long and ending in sentence punctuation, or, when
     * the "name" starts in lower case, longer than a user name's line or ending as a sentence.
     */
    static boolean opensWithPhrase(String line, int nameStart) {
        String s = line.strip();
        int words = words(s);
        boolean sentenceEnd = !s.isEmpty() && ".!?。！？".indexOf(s.charAt(s.length() - 1)) >= 0;
        if (words >= MIN_SENTENCE_WORDS && sentenceEnd) {
            return true;
        }
        boolean lowerName = nameStart < line.length() && Character.isLowerCase(line.codePointAt(nameStart));
        return lowerName && (words > MAX_USER_NAME_LINE_WORDS || sentenceEnd);
    }

    private static int words(String s) {
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
