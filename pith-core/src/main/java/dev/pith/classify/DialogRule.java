package dev.pith.classify;

import dev.pith.block.TextBlock;

/**
 * Blocks inside a dialog ({@link Dialogs}) within a region that is not itself in one. Shop and
 * landing pages split their own copy into many small sections, so the region that holds all of
 * them is often the whole page, and with it the privacy policy or size guide the page opens on
 * demand; that weighed nothing when the region was chosen, and is not what the page shows.
 */
final class DialogRule implements BlockRule {

    @Override
    public String name() {
        return "dialog";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return context.isInDialog(i);
    }
}
