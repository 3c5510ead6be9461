package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;

/**
 * What a group of alike siblings is judged by, per node of the tree of a page's blocks: its
 * words, linked words, unlinked words and blocks. Summed once per page, for {@link TeaserCards}
 * and {@link EntryTitles} alike.
 */
record SiblingMeasures(double[] words, double[] linkWords, double[] unlinked, double[] blocks) {

    /** The measures over {@code tree}, whose words per node {@code alike} has summed already. */
    static SiblingMeasures of(BlockTree tree, AlikeChildren alike) {
        double[] words = alike.words();
        double[] linkWords = tree.sum(TextBlock::linkWords);
        return new SiblingMeasures(words, linkWords, unlinkedWords(words, linkWords), tree.sum(b -> 1));
    }

    /** Per node, the words of its blocks that are not link text. */
    private static double[] unlinkedWords(double[] words, double[] linkWords) {
        double[] unlinked = new double[words.length];
        for (int n = 0; n < words.length; n++) {
            unlinked[n] = Math.max(0, words[n] - linkWords[n]);
        }
        return unlinked;
    }
}
