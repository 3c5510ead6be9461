package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;

/**
 * How much a block looks like main content, in words: positive for prose, negative for link
 * lists and short labels. Summed over a subtree it says whether that subtree is the article
 * (many words of prose) or furniture (many short links).
 *
 * <p>Two profiles differ only in what a title-length link is worth. On an article it is a
 * teaser for another page and costs a little; on a listing (a news front page, a category of
 * products, a list of papers) the linked titles are the content and count for it.
 *
 * @param titleLinkWordCost what each word of a title-length link costs (negative: it counts)
 */
public record ContentWeight(double titleLinkWordCost) {

    /** For pages that have an article: teasers cost. */
    public static final ContentWeight ARTICLE = new ContentWeight(0.25);
    /** For pages made of linked items: linked titles count, at half a word each. */
    public static final ContentWeight LISTING = new ContentWeight(-0.5);

    /** Each linked word of a short link (a menu entry) cancels more than a word of prose. */
    static final double LINK_WORD_COST = 1.5;
    /** Links with this many words on average are titles, not menu entries. */
    static final double TITLE_LINK_WORDS = 5;
    /** Blocks shorter than this with no sentence punctuation are labels, buttons or menu items. */
    static final int SHORT_BLOCK_WORDS = 6;
    /** What a short label costs, so that a run of them outweighs a stray sentence. */
    static final double SHORT_BLOCK_COST = 2.0;
    /** Prose with sentence punctuation counts this much more than bare words. */
    static final double SENTENCE_BONUS = 1.25;

    public double of(TextBlock b) {
        if (b.kind() == BlockKind.IMAGE) {
            return 0;
        }
        int prose = b.words() - b.linkWords();
        double linkCost = b.wordsPerLink() >= TITLE_LINK_WORDS ? titleLinkWordCost : LINK_WORD_COST;
        double weight = prose - linkCost * b.linkWords();
        if (b.words() < SHORT_BLOCK_WORDS && b.stops() == 0 && isLabelLike(b)) {
            weight -= SHORT_BLOCK_COST;
        } else if (b.stops() > 0 && weight > 0) {
            weight *= SENTENCE_BONUS;
        }
        return weight;
    }

    /**
     * Short unlinked table cells and list items are data (a results table, an ingredient list),
     * not labels: only free-standing text and linked items pay the short-block cost.
     */
    private static boolean isLabelLike(TextBlock b) {
        return switch (b.kind()) {
            case TABLE_CELL, LIST_ITEM -> b.linkWords() > 0;
            default -> true;
        };
    }
}
