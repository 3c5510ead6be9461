package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.List;

/**
 * Finds the page's opening text set before the region: a thread's question above the replies,
 * which the template keeps in a container of its own, so that the region (the replies, which
 * outweigh it) does not reach it. The page names it in every language: its description (the
 * {@code description} or {@code og:description} meta tag, or JSON-LD's) is the start of that
 * text, cut short. A block the description merely equals is left alone: news and blog templates
 * set their standfirst so, and benchmarks of article bodies disagree on whether it belongs.
 */
final class OpeningText {

    /** A shorter match (a label, a one-line tagline) proves nothing; letters and digits, about six words. */
    static final int MIN_KEY_CHARS = 30;
    /** The block is at least this many times as long as the description: the description is an excerpt. */
    static final double MIN_LENGTH_RATIO = 1.2;
    /** The opening is prose, not a teaser's linked title. */
    static final double MAX_LINK_DENSITY = 0.5;

    private OpeningText() {
    }

    /**
     * The index of the block before the region whose start the description quotes, or -1. Only
     * blocks before the region's first block are candidates: the description repeated in a share
     * box or a teaser further down is not the page's opening.
     */
    static int find(List<TextBlock> blocks, Region region, String description) {
        String key = TitleRepeatRule.normalize(description);
        if (key.length() < MIN_KEY_CHARS) {
            return -1;
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (region.contains(b.owner())) {
                return -1;
            }
            // The key is never longer than the text, so a text too short raw is too short as a key.
            if (b.text().length() >= MIN_LENGTH_RATIO * key.length() && b.linkDensity() <= MAX_LINK_DENSITY
                    && isCutShortAs(TitleRepeatRule.normalize(b.text()), key)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the description is the start of the text, and clearly shorter than it. */
    private static boolean isCutShortAs(String text, String description) {
        return text.length() >= MIN_LENGTH_RATIO * description.length() && text.startsWith(description);
    }
}
