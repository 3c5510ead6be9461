package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A teaser's summary: another article's first sentences cut off mid-sentence with an ellipsis
 * ("Nachdem der Stadtrat...", "Auskunft über vergangenes Wetter…") and a link to read on, in the
 * block itself ("… mehr •••") or as the next block ("Weiterlesen", "»"). Lists of further
 * stories set under an article, and boxes of the site's other pages, are built of them, and the
 * summaries are prose, so nothing else tells them from text. The shape is the same in every
 * language; an article's own sentence that trails off ("and so on...") has no link after it.
 */
final class TruncatedTeasers {

    /** A teaser summary is a few sentences; longer blocks are text that quotes a truncation. */
    static final int MAX_WORDS = 60;
    /** The "read on" link: a word or two and maybe a symbol. */
    static final int MAX_MORE_LINK_WORDS = 3;
    /** The "read on" link sits in the teaser: its element and the summary's share a near ancestor. */
    static final int MAX_LEVELS_TO_SHARED_PARENT = 2;

    /** A letter, digit or comma, then an ellipsis: a sentence cut where the teaser ran out of room. */
    private static final Pattern CUT_OFF = Pattern.compile("[\\p{L}\\p{N},]\\s?(…|\\.\\.\\.)$");

    /**
     * On a listing the summaries are the content: when teasers carry more than this share of the
     * region's words, none is dropped.
     */
    static final double MAX_SHARE_OF_REGION = 0.25;

    /**
     * What a summary is set in. Not a heading (a title that trails off leads into its section),
     * not a table cell (a data table's "and more…" cell), not code or a caption.
     */
    private static final Set<BlockKind> SUMMARY_KINDS = EnumSet.of(
            BlockKind.PARAGRAPH, BlockKind.TEXT, BlockKind.LIST_ITEM, BlockKind.QUOTE);

    private TruncatedTeasers() {
    }

    /** Indices of the teaser summaries in the region; none when they carry more than {@link #MAX_SHARE_OF_REGION} of its words. */
    static Set<Integer> find(List<TextBlock> blocks, Region region) {
        Set<Integer> found = new HashSet<>();
        int teaserWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            // The shape first: it rules out nearly every block, the region walk costs more.
            if (isTeaser(b, blocks, i) && region.contains(b.owner())) {
                found.add(i);
                teaserWords += b.words();
            }
        }
        return found.isEmpty() || teaserWords > MAX_SHARE_OF_REGION * region.words(blocks) ? Set.of() : found;
    }

    private static boolean isTeaser(TextBlock block, List<TextBlock> blocks, int i) {
        if (block.words() == 0 || block.words() > MAX_WORDS || !SUMMARY_KINDS.contains(block.kind())) {
            return false;
        }
        String text = block.text();
        if (block.links() == 0) {
            return endsCutOff(text) && isMoreLink(blocks, block, i + 1);
        }
        // The "more" link inside the block: the text before its label ends cut off. Most blocks
        // with a short link hold no ellipsis at all; only those are split into words.
        return block.linkWords() <= MAX_MORE_LINK_WORDS && block.linkWords() < block.words() && hasEllipsis(text)
                && endsCutOff(withoutLastWords(text, block.linkWords()));
    }

    private static boolean hasEllipsis(String text) {
        return text.indexOf('…') >= 0 || text.contains("...");
    }

    private static boolean endsCutOff(String text) {
        // Cheap test first: most blocks end in neither character.
        return (text.endsWith("…") || text.endsWith("...")) && CUT_OFF.matcher(text).find();
    }

    /**
     * The text without its last {@code n} words, and without the symbols after them ("mehr •••",
     * "Read more »"): what comes before the "more" link's label.
     */
    private static String withoutLastWords(String text, int n) {
        String[] tokens = text.strip().split("\\s+");
        int end = tokens.length;
        int words = 0;
        while (end > 0 && (words < n || !hasLetterOrDigit(tokens[end - 1]))) {
            if (hasLetterOrDigit(tokens[end - 1])) {
                words++;
            }
            end--;
        }
        return String.join(" ", Arrays.asList(tokens).subList(0, end));
    }

    private static boolean hasLetterOrDigit(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean isMoreLink(List<TextBlock> blocks, TextBlock summary, int next) {
        if (next >= blocks.size()) {
            return false;
        }
        TextBlock b = blocks.get(next);
        return b.links() > 0 && b.linkWords() == b.words() && b.words() <= MAX_MORE_LINK_WORDS
                && shareNearParent(summary.owner(), b.owner());
    }

    /** Whether the two elements have a common ancestor at most {@link #MAX_LEVELS_TO_SHARED_PARENT} above each. */
    private static boolean shareNearParent(Element a, Element b) {
        Element up = a;
        for (int k = 0; k < MAX_LEVELS_TO_SHARED_PARENT && up.parent() != null; k++) {
            up = up.parent();
            Element other = b;
            for (int m = 0; m < MAX_LEVELS_TO_SHARED_PARENT && other.parent() != null; m++) {
                other = other.parent();
                if (other == up) {
                    return true;
                }
            }
        }
        return false;
    }
}
