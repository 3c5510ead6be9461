package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import java.util.List;

/**
 * Blocks that are mostly link text: tag clouds, "see also" lines, inline navigation left inside
 * the article container. Headings are spared: on listings and forums the linked heading is
 * the item's title, and so are the linked titles of a list of entries, each over its own text
 * ({@link EntryTitles}).
 */
final class LinkListRule implements BlockRule {

    /** Share of linked words above which a block is a link, not text. */
    static final double MAX_LINK_DENSITY = 0.8;
    /** Longer link-heavy blocks are rare and usually a paragraph of citations: keep, unless a link a line. */
    static final int MAX_WORDS = 30;
    /** Links one a line make a list from this many on. */
    static final int MIN_LINES_OF_LINKS = 2;
    /** A linked sentence has at least this many words; shorter linked lines are labels and prompts. */
    static final int MIN_SENTENCE_WORDS = 12;
    /** A neighbouring paragraph of at least this many words, mostly unlinked, is running text. */
    static final int MIN_PROSE_WORDS = 10;
    /** A link text the blocks of a list of items carry this often is a label set in each item, not a name. */
    static final int MIN_LABEL_RECURRENCES = 3;
    /** The rule's name, which {@link RiverHeadlineRule} looks for among the verdicts. */
    static final String NAME = "link-list";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return isLinkList(block) && !isLinkedLineOfText(block, i, context.blocks())
                && !(context.region().kind() == Region.Kind.ITEMS && isItemName(block, context))
                && !context.isEntryTitle(block);
    }

    /**
     * An item's own linked title or name on a page that is a list of items (a job board, a
     * product grid, a list of entries, a ranking): there the links are the content. Told from the
     * labels and category links set in every item ("Full-time", "More in this category") by
     * recurrence: a label comes back item after item, while a name comes back at most once or
     * twice (a ranking's line and the same product's card further down).
     */
    static boolean isItemName(TextBlock block, RuleContext context) {
        return context.recurrencesInRegion(block) < MIN_LABEL_RECURRENCES;
    }

    /**
     * A paragraph of running text that is one link: a sentence the page links (an interview's
     * question linked to its audio) between two paragraphs of prose, or an address written out
     * ("http://…", "name@example.org") after the paragraph that introduces it. A "see also" line
     * or a teaser's title is a bare phrase, not a sentence, and a list's shop links follow items.
     */
    static boolean isLinkedLineOfText(TextBlock block, int i, List<TextBlock> blocks) {
        if (block.kind() != BlockKind.PARAGRAPH || block.links() != 1) {
            return false;
        }
        boolean afterProse = i > 0 && isProse(blocks.get(i - 1));
        if (isAddress(block.text())) {
            return afterProse;
        }
        return isSentence(block) && afterProse && i + 1 < blocks.size() && isProse(blocks.get(i + 1));
    }

    private static boolean isSentence(TextBlock b) {
        return b.stops() > 0 && b.words() >= MIN_SENTENCE_WORDS;
    }

    private static boolean isAddress(String text) {
        String t = text.strip();
        return t.indexOf(' ') < 0 && (t.contains("://") || t.startsWith("www.") || t.indexOf('@') > 0);
    }

    private static boolean isProse(TextBlock b) {
        return b.kind() == BlockKind.PARAGRAPH && b.words() >= MIN_PROSE_WORDS && b.linkDensity() < MAX_LINK_DENSITY;
    }

    /** Whether {@code block} is a short run of links that this rule drops wherever it stands. */
    static boolean isLinkList(TextBlock block) {
        return block.kind() != BlockKind.HEADING && block.linkDensity() > MAX_LINK_DENSITY
                && (block.words() <= MAX_WORDS || isLinkPerLine(block));
    }

    /**
     * A long block whose links stand one a line: a list of other articles' titles set as lines
     * of one paragraph. A paragraph citing its sources runs them together in a sentence.
     */
    private static boolean isLinkPerLine(TextBlock block) {
        return block.links() >= MIN_LINES_OF_LINKS && lines(block.text()) >= block.links();
    }

    private static int lines(String text) {
        int lines = 1;
        for (int k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
            lines++;
        }
        return lines;
    }
}
