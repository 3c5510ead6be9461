package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import dev.pith.lang.LanguageData;
import dev.pith.lang.PhraseKind;
import dev.pith.lang.Phrases;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the sections that a "related" heading opens: "Similar items", "Customers also bought",
 * "Frequently bought together", "Recently viewed" over a carousel of other products, or "Related
 * posts" over other articles' cards. Shops set those carousels inside the product's own container,
 * each card with its own heading, price and rating, so neither the link rules (the cards' names are
 * often plain headings beside an empty overlay link) nor {@link EmptySectionRule} (the cards are
 * kept) take them out. The section is the smallest element around the heading that holds
 * {@link #MIN_SECTION_WORDS} words more than the heading, the carousel beside it, and that the
 * heading opens. A section that
 * holds a large share of the region ({@link #MAX_REGION_SHARE}) is the page's body set under a
 * flat run of headings, where the heading alone goes ({@link RelatedLinksRule}).
 */
final class RelatedSections {

    /** A section holds at least this many words besides its heading: a header bar with "See all" is not yet one. */
    static final int MIN_SECTION_WORDS = 15;
    /** A section holding more of the region's words than this is the body around the heading, not a box. */
    static final double MAX_REGION_SHARE = 0.4;

    private RelatedSections() {
    }

    /** The section elements of the region's related headings; empty on most pages. */
    static Set<Element> find(RuleContext context, BlockTree tree) {
        List<TextBlock> blocks = context.blocks();
        Phrases related = LanguageData.phrases(context.language(), PhraseKind.RELATED);
        Set<Element> sections = new HashSet<>();
        double[] words = null;
        double regionWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (!isRelatedHeading(b, i, context, related)) {
                continue;
            }
            if (words == null) {
                words = tree.sum(TextBlock::words);
                regionWords = context.region().words(blocks);
            }
            int n = tree.ownerOf(i);
            while (n >= 0 && words[n] < b.words() + MIN_SECTION_WORDS) {
                n = tree.parent(n);
            }
            if (n >= 0 && words[n] <= MAX_REGION_SHARE * regionWords && opens(blocks, i, tree.element(n))) {
                sections.add(tree.element(n));
            }
        }
        return sections;
    }

    /**
     * Whether the heading is the section's first text: a "Related articles" heading at the foot of
     * each post of a blog's front page sits in the post's container after the post's text, and
     * that container is the post, not a box of links.
     */
    private static boolean opens(List<TextBlock> blocks, int heading, Element section) {
        for (int j = heading - 1; j >= 0; j--) {
            TextBlock before = blocks.get(j);
            if (before.words() > 0) {
                return before.owner() != section && !RegionSelector.isInside(before.owner(), section);
            }
        }
        return true;
    }

    private static boolean isRelatedHeading(TextBlock b, int i, RuleContext context, Phrases related) {
        return b.kind() == BlockKind.HEADING && b.words() > 0 && b.words() <= RelatedLinksRule.MAX_WORDS
                && related.matches(context.phraseText(i)) && context.region().contains(b.owner());
    }
}
