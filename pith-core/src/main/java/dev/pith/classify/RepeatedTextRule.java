package dev.pith.classify;

import dev.pith.block.TextBlock;

/**
 * A block whose text an earlier block of the region already has: gallery captions shown once
 * per slide, pull quotes that repeat the body, "mobile" and "desktop" copies of one widget.
 */
final class RepeatedTextRule implements BlockRule {

    /** Shorter repeats ("Share", "Reply") are labels, handled by other rules. */
    static final int MIN_WORDS = 5;

    /**
     * Not code or table cells: they repeat legitimately (the same
     * command in two steps of a guide, the same value in two rows).
     */
    static boolean applies(TextBlock b) {
        return b.words() >= MIN_WORDS && switch (b.kind()) {
            case PARAGRAPH, TEXT, CAPTION, QUOTE, HEADING, LIST_ITEM -> true;
            default -> false;
        };
    }

    @Override
    public String name() {
        return "repeated-text";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return context.repeats().contains(block.index());
    }
}
