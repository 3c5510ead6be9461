package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What block rules may read besides the block itself.
 *
 * @param blocks all blocks of the page, in document order
 * @param region the chosen main-content region
 * @param title  the page's headline as the metadata stage found it, or empty
 * @param titleKey    the headline as {@link TitleRepeatRule#normalize} compares it, computed once per page
 * @param teaserCards elements that are teaser cards (see {@link TeaserCards})
 * @param repeats     indices of in-region blocks whose text an earlier in-region block already has
 */
public record RuleContext(List<TextBlock> blocks, Region region, String title, String titleKey,
                          Set<Element> teaserCards, Set<Integer> repeats) {

    public RuleContext {
        blocks = List.copyOf(blocks);
        title = title == null ? "" : title;
        titleKey = titleKey == null ? TitleRepeatRule.normalize(title) : titleKey;
    }

    /** A context whose title key is computed from the title. */
    public RuleContext(List<TextBlock> blocks, Region region, String title, Set<Element> teaserCards,
                       Set<Integer> repeats) {
        this(blocks, region, title, null, teaserCards, repeats);
    }

    /** A context with the teaser cards found over the tree of the page's blocks. */
    public static RuleContext of(BlockTree tree, Region region, String title) {
        Set<Element> cards = region.kind() == Region.Kind.ARTICLE ? TeaserCards.find(tree) : Set.of();
        return new RuleContext(tree.blocks(), region, title, cards, repeats(tree.blocks(), region));
    }

    private static Set<Integer> repeats(List<TextBlock> blocks, Region region) {
        Set<String> seen = new HashSet<>();
        Set<Integer> repeats = new HashSet<>();
        for (TextBlock b : blocks) {
            if (RepeatedTextRule.applies(b) && region.contains(b.owner()) && !seen.add(b.text())) {
                repeats.add(b.index());
            }
        }
        return repeats;
    }
}
