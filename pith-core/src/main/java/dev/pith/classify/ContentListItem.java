package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.lang.Phrases;
import dev.pith.parse.Ancestors;
import dev.pith.util.TextMetrics;
import org.jsoup.nodes.Element;

/**
 * A point of a list that the text makes, which mentions subscribing, signing up or an email in
 * passing: a guide's steps ("Log in to your developer console and ..."), a list of features
 * ("Email marketing — send branded content to ..."), a list of facts about subscribers. A
 * prompt set as a list (a share bar, "Subscribe / Follow / Sign up" links) has prompts for items;
 * a point of a list whose other items are not prompts belongs to that list. It must be a
 * phrase of some length, so that a lone "Newsletter" entry of a menu left in the region still goes.
 */
final class ContentListItem {

    /** Shorter items are entries or labels ("Sign up", "Share on X"), not points of a text. */
    static final int MIN_WORDS = 6;
    /** A list has at least this many items. */
    static final int MIN_ITEMS = 3;
    /** At most this share of a list's items may be prompts for it to be a list of points. */
    static final double MAX_PROMPT_SHARE = 0.5;

    private ContentListItem() {
    }

    /**
     * Whether the block is the whole of a list item of some length, among items that are mostly
     * not prompts.
     */
    static boolean is(TextBlock block, Phrases prompts) {
        if (block.kind() != BlockKind.LIST_ITEM || block.words() < MIN_WORDS) {
            return false;
        }
        Element item = Ancestors.closest(block.owner(), "li");
        // an item holding more than the block (a comment and its "Comment by" line) is not one point
        if (item == null || TextMetrics.words(item.text()) != block.words()) {
            return false;
        }
        Element list = item.parent();
        int items = 0;
        int promptItems = 0;
        for (Element sibling : list.children()) {
            if (sibling.normalName().equals("li")) {
                items++;
                if (prompts.matches(Phrases.normalize(sibling.text()))) {
                    promptItems++;
                }
            }
        }
        return items >= MIN_ITEMS && promptItems <= MAX_PROMPT_SHARE * items;
    }
}
