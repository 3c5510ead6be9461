package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import java.util.List;

/**
 * Labels kept above an article's text: the kicker, section and category tags a news template sets
 * over the headline ("Artikel", "Corona", "A-Frauen"), the reading-time or badge boxes of a blog.
 * They are words in a {@code <div>} or {@code <span>} of their own, a word or two, no sentence and
 * no link, before the headline and the first paragraph of prose; in the text the headline and
 * paragraphs say what the article is. Only above the first kept heading, and only in article
 * regions: under a product's name such short boxes are values ("Color", "Size: M") of the content.
 */
final class LeadingLabelRule implements DecisionPass {

    static final String NAME = "leading-label";

    /** A label has at most this many words. */
    static final int MAX_LABEL_WORDS = 2;
    /** A paragraph of at least this many words starts the text; labels stand before it. */
    static final int MIN_PROSE_WORDS = 10;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void revise(List<Decision> decisions, RuleContext context) {
        if (context.region().kind() != Region.Kind.ARTICLE) {
            return;
        }
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (!d.kept()) {
                continue;
            }
            TextBlock b = d.block();
            if (isProse(b) || b.kind() == BlockKind.HEADING) {
                return;
            }
            if (isLabel(b)) {
                decisions.set(i, new Decision(b, false, NAME));
            }
        }
    }

    private static boolean isProse(TextBlock b) {
        return (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.TEXT) && b.words() >= MIN_PROSE_WORDS;
    }

    private static boolean isLabel(TextBlock b) {
        return b.kind() == BlockKind.TEXT && b.words() > 0 && b.words() <= MAX_LABEL_WORDS && b.links() == 0
                && b.stops() == 0 && b.lines().size() == 0;
    }
}
