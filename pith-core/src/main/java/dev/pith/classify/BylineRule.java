package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.regex.Pattern;

/**
 * Bylines and date lines ("By Jane Doe", "Published 28 September 2022", "Updated 5 mins ago"):
 * metadata fields, not body text. Only short blocks qualify.
 */
final class BylineRule implements BlockRule {

    static final int MAX_WORDS = 12;

    /** Every alternative is anchored at the start, so it is tried there only ({@code lookingAt}). */
    static final Pattern BYLINE = Pattern.compile(
            // "By" must be followed by a capitalised name: "by the way" is prose.
            "^(?iu:by|von|par|por|door|di|written by|posted by|reviewed by|words by|photos? by)\\s+\\p{Lu}"
            + "|^(?iu:published|updated|posted|last updated|last modified|modified|veröffentlicht|aktualisiert|publié|mis à jour)\\b"
            + "|^(?iu:\\d{1,2}(st|nd|rd|th)? \\p{L}+ \\d{4}|\\p{L}+\\.? \\d{1,2},? \\d{4})$|^\\d{4}-\\d{2}-\\d{2}"
            + "|^(?iu:\\d+ (min|mins|minutes?|hours?|days?) (ago|read))$");

    @Override
    public String name() {
        return "byline";
    }

    /**
     * Letters a label alternative of {@link #BYLINE} can start with ("by", "von", "posted",
     * "updated", "last", "modified", "aktualisiert", "written", "reviewed"...), lower case.
     */
    private static final String LABEL_INITIALS = "abdlmpruvw";

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return block.words() <= MAX_WORDS && mayMatch(block.text())
                && BYLINE.matcher(block.text().strip()).lookingAt();
    }

    /**
     * A cheap necessary condition for {@link #BYLINE}: the date alternatives all need a digit,
     * the label alternatives one of a few initials. Most short blocks (menu items, headings)
     * fail it and never reach the regex.
     */
    static boolean mayMatch(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            return false;
        }
        char first = text.charAt(start);
        if (first >= 0x80 || LABEL_INITIALS.indexOf(Character.toLowerCase(first)) >= 0) {
            return true;
        }
        for (int j = start; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
