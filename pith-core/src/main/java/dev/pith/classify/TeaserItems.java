package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import java.util.Arrays;
import java.util.List;

/**
 * Finds teaser streams: runs of like siblings each of which opens with a linked headline and
 * adds at most a short summary ("Recommended for you", "More from the site", the story stream
 * under a news article). Their summaries are prose, so by weight twenty of them outweigh the
 * article they sit beside; by shape they are pointers to other pages. {@link TeaserCards} finds
 * the carousels that are mostly link; these carry more unlinked words than linked ones.
 */
final class TeaserItems {

    /** Fewer alike items are not a stream. */
    static final int MIN_ITEMS = 3;
    /** A headline and a summary; a longer item is a section of the page. */
    static final int MAX_ITEM_WORDS = 80;

    private TeaserItems() {
    }

    /** Per block index, whether the block lies inside an item of a teaser stream. */
    static boolean[] blocksIn(BlockTree tree) {
        List<TextBlock> blocks = tree.blocks();
        boolean[] inItem = new boolean[blocks.size()];
        int[] first = firstBlocks(tree);
        AlikeChildren alike = AlikeChildren.of(tree);
        double[] words = alike.words();
        boolean[] item = new boolean[tree.size()];
        boolean found = false;
        for (int parent : alike.parents()) {
            if (tree.childCount(parent) >= MIN_ITEMS) {
                for (List<Integer> group : alike.exactGroups(parent)) {
                    if (group.size() >= MIN_ITEMS && group.stream().allMatch(i -> isItem(blocks, first[i], words[i]))) {
                        group.forEach(i -> item[i] = true);
                        found = true;
                    }
                }
            }
        }
        if (!found) {
            return inItem;
        }
        for (int b = 0; b < blocks.size(); b++) {
            for (int n = tree.ownerOf(b); n >= 0 && !inItem[b]; n = tree.parent(n)) {
                inItem[b] = item[n];
            }
        }
        return inItem;
    }

    /** An item opens with a headline that is all link, and is short. */
    private static boolean isItem(List<TextBlock> blocks, int first, double words) {
        TextBlock opening = blocks.get(first);
        return words <= MAX_ITEM_WORDS && opening.kind() == BlockKind.HEADING
                && opening.words() > 0 && opening.linkWords() == opening.words();
    }

    /** Per node, the index of the first block below it in document order. */
    private static int[] firstBlocks(BlockTree tree) {
        int[] first = new int[tree.size()];
        Arrays.fill(first, -1);
        for (int b = 0; b < tree.blocks().size(); b++) {
            // Ancestors already set were set by an earlier block, and so were theirs.
            for (int n = tree.ownerOf(b); n >= 0 && first[n] < 0; n = tree.parent(n)) {
                first[n] = b;
            }
        }
        return first;
    }
}
