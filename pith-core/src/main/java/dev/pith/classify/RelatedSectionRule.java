package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.parse.Ancestors;

/**
 * Blocks of the sections that a "related" heading opens ({@link RelatedSections}): the carousels
 * of other products or articles that shops and news sites set inside the main container. A
 * paragraph of prose in such a section stays: under "More on this topic" an article may close
 * with a sentence of its own ("A detailed overview of the new interface is in the help centre"),
 * while a carousel's cards are names, prices and labels.
 */
final class RelatedSectionRule implements BlockRule {

    /** A paragraph this long that ends a sentence is prose. */
    static final int MIN_PROSE_WORDS = 20;
    /** ...and less than this share of it is link text. */
    static final double MAX_PROSE_LINK_DENSITY = 0.5;

    @Override
    public String name() {
        return "related-section";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return !context.relatedSections().isEmpty() && !isProse(block)
                && Ancestors.isWithin(block.owner(), context.relatedSections());
    }

    /** Whether the block is a paragraph of prose, which a box of cards or a form's labels are not. */
    static boolean isProse(TextBlock b) {
        return b.kind() == BlockKind.PARAGRAPH && readsAsProse(b);
    }

    /** Whether the block's text, whatever element holds it, is long, ends a sentence and is mostly unlinked. */
    static boolean readsAsProse(TextBlock b) {
        return b.words() >= MIN_PROSE_WORDS && b.stops() > 0 && b.linkDensity() < MAX_PROSE_LINK_DENSITY;
    }
}
