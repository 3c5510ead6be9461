package dev.pith.classify;

import dev.pith.block.TextBlock;

/**
 * A block whose text an earlier block of the region already has: gallery captions shown once
 * per slide, pull quotes that repeat the body, "mobile" and "desktop" copies of one widget.
 */
final class RepeatedTextRule implements BlockRule {

    /** Shorter repeats ("Share", "Reply") are labels, handled by other rules. */
    static final int MIN_WORDS = 5;

    @Override
    public String name() {
        return "repeated-text";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return context.repeats().contains(block.index());
    }
}
