package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.parse.Ancestors;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The points of a list that a kept paragraph introduces with a colon: "The following
 * universities also offer courses with free certificates:" over a list of linked names, "You
 * will need:" over linked tools. Each point alone looks like a run of teaser links or a link list,
 * and the rules for those drop it; but a paragraph of the text announced it, so the list is the
 * text's own. The colon is the writer's mark in most scripts (full-width in Chinese and
 * Japanese). Only the one list right after the paragraph, and only points dropped as links.
 */
final class IntroducedListRule implements DecisionPass {

    static final String NAME = "introduced-list";

    /** The verdicts this pass overturns: those of the rules that take linked points for links elsewhere. */
    private static final Set<String> LINK_VERDICTS = Set.of(TeaserCardRule.NAME, LinkListRule.NAME);
    private static final Set<String> LIST_TAGS = Set.of("ul", "ol");
    /** What can announce a list: a paragraph, a line of text, or a point over a list of sub-points. */
    private static final Set<BlockKind> INTRODUCING_KINDS =
            Set.of(BlockKind.PARAGRAPH, BlockKind.TEXT, BlockKind.LIST_ITEM);
    /**
     * An introduction is a sentence of at least this many words: a bare label with a colon
     * ("More information:", "Download:") heads a box of links, not a point of the text.
     */
    static final int MIN_INTRO_WORDS = 6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void revise(List<Decision> decisions, RuleContext context) {
        for (int i = 0; i + 1 < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (d.kept() && introducesList(d.block()) && decisions.get(i + 1).block().kind() == BlockKind.LIST_ITEM) {
                keepList(decisions, i + 1);
            }
        }
    }

    /** Whether the block is a paragraph (or a point) of a sentence's length that ends with a colon. */
    static boolean introducesList(TextBlock b) {
        if (!INTRODUCING_KINDS.contains(b.kind()) || b.words() < MIN_INTRO_WORDS) {
            return false;
        }
        String text = b.text().strip();
        return !text.isEmpty() && (text.endsWith(":") || text.endsWith("："));
    }

    /** Keeps the points of the list whose first point is at {@code first} that a link rule dropped. */
    private static void keepList(List<Decision> decisions, int first) {
        Element list = Ancestors.closest(decisions.get(first).block().owner(), LIST_TAGS);
        if (list == null) {
            return;
        }
        for (int j = first; j < decisions.size(); j++) {
            Decision d = decisions.get(j);
            TextBlock b = d.block();
            if (b.kind() != BlockKind.LIST_ITEM || Ancestors.closest(b.owner(), LIST_TAGS) != list) {
                return;
            }
            if (!d.kept() && LINK_VERDICTS.contains(d.rule())) {
                decisions.set(j, new Decision(b, true, ""));
            }
        }
    }
}
