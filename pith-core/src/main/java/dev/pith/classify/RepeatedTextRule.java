package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import org.jsoup.nodes.Element;

/**
 * A block whose text an earlier block of the region already has: gallery captions shown once
 * per slide, pull quotes that repeat the body, "mobile" and "desktop" copies of one widget; not
 * a paragraph the writer repeats in its place ({@link #isWritersOwn}).
 */
final class RepeatedTextRule implements BlockRule {

    /** A section that says more than its repeated paragraph holds at least this many times its text. */
    static final double MIN_SECTION_SHARE_OF_MORE = 1.5;

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

    /**
     * Whether {@code copy} repeats {@code original} as the writer did, not as the page's widgets
     * do: prose ({@link #isProse}) set beside its first occurrence, in the same kind of element
     * (tag and classes) under the same parent (a meal plan's recurring dish, a refrain, a
     * template's sections that open alike). The copies this rule is for stand in containers of
     * their own: a slide's caption, a pull quote's box, a "mobile" widget.
     */
    static boolean isWritersOwn(TextBlock original, TextBlock copy) {
        if (!isProse(copy) || !SiblingShape.isExactlyAlike(original.owner(), copy.owner())) {
            return false;
        }
        Element first = original.owner().parent();
        Element again = copy.owner().parent();
        return first == again || areAlikeSections(first, again, copy);
    }

    /** A paragraph of prose, or prose written straight into a container (old pages set text in a div). */
    private static boolean isProse(TextBlock b) {
        return (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.TEXT) && RelatedSectionRule.readsAsProse(b);
    }

    /**
     * Whether the copy's container is a sibling of the original's, alike in tag and classes, and
     * says more than the copy: two sections of one text, each with a paragraph of its own, that
     * close alike. A slide of a gallery holds its caption alone, and a "mobile" copy of a widget
     * is named apart from the "desktop" one.
     */
    private static boolean areAlikeSections(Element first, Element again, TextBlock copy) {
        return first != null && again != null && first.parent() == again.parent()
                && SiblingShape.isExactlyAlike(first, again)
                && again.text().length() >= MIN_SECTION_SHARE_OF_MORE * copy.text().length();
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
