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
    private static final Pattern BYLINE = Pattern.compile(
            // "By" must be followed by a capitalised name: "by the way" is prose.
            "^(?iu:by|von|par|por|door|di|written by|posted by|reviewed by|words by|photos? by)\\s+\\p{Lu}"
            + "|^(?iu:published|updated|posted|last updated|last modified|modified|veröffentlicht|aktualisiert|publié|mis à jour)\\b"
            + "|^(?iu:\\d{1,2}(st|nd|rd|th)? \\p{L}+ \\d{4}|\\p{L}+\\.? \\d{1,2},? \\d{4})$|^\\d{4}-\\d{2}-\\d{2}"
            + "|^(?iu:\\d+ (min|mins|minutes?|hours?|days?) (ago|read))$");

    @Override
    public String name() {
        return "byline";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return block.words() <= MAX_WORDS && BYLINE.matcher(block.text().strip()).lookingAt();
    }
}
