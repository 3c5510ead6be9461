package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;

/**
 * How much a block looks like main content, in words: positive for prose, negative for link
 * lists and short labels. Summed over a subtree it says whether that subtree is the article
 * (many words of prose) or furniture (many short links).
 */
public final class ContentWeight {

    /** Each linked word cancels one word of prose: menus and link rails sum below zero. */
    static final double LINK_WORD_COST = 1.5;
    /**
     * Links this long are titles (of listed articles, products, threads), not menu entries:
     * on listings they are the content, so they cost less.
     */
    static final double TITLE_LINK_WORDS = 5;
    static final double TITLE_LINK_WORD_COST = 0.25;
    /** Blocks shorter than this with no sentence punctuation are labels, buttons or menu items. */
    static final int SHORT_BLOCK_WORDS = 6;
    /** What a short label costs, so that a run of them outweighs a stray sentence. */
    static final double SHORT_BLOCK_COST = 2.0;
    /** Prose with sentence punctuation counts this much more than bare words. */
    static final double SENTENCE_BONUS = 1.25;

    private ContentWeight() {
    }

    public static double of(TextBlock b) {
        if (b.kind() == BlockKind.IMAGE) {
            return 0;
        }
        int prose = b.words() - b.linkWords();
        double linkCost = b.wordsPerLink() >= TITLE_LINK_WORDS ? TITLE_LINK_WORD_COST : LINK_WORD_COST;
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
