package dev.pith.block;

import dev.pith.util.TextMetrics;
import org.jsoup.nodes.Element;

/**
 * A run of text that a reader sees as one unit (a paragraph, a heading, a list item, a table
 * cell), with the features the classification rules read.
 *
 * @param index      position in document order
 * @param owner      the nearest block-level element holding the text
 * @param kind       what the block is
 * @param level      heading level 1 to 6; 0 for other kinds
 * @param text       the text, white space collapsed (kept as is for code)
 * @param words      words, see {@link dev.pith.util.TextMetrics#words}
 * @param linkWords  words inside links
 * @param links      links that start in the block
 * @param stops      sentence-ending punctuation marks
 * @param commas     commas
 * @param lines      the counts of each line when {@code <br>} breaks the block into lines, else
 *                   {@link LineCounts#ONE_LINE}
 */
public record TextBlock(
        int index,
        Element owner,
        BlockKind kind,
        int level,
        String text,
        int words,
        int linkWords,
        int links,
        int stops,
        int commas,
        LineCounts lines) {

    /** Share of the words that are link text, 0 to 1. */
    public double linkDensity() {
        return words == 0 ? 0 : (double) linkWords / words;
    }

    /** Average words per link; 0 without links. */
    public double wordsPerLink() {
        return links == 0 ? 0 : (double) linkWords / links;
    }

    /**
     * The block cut down to its lines {@code from} (inclusive) to {@code to} (exclusive), with the
     * same owner, kind and index; this block itself when that is every line or it has no line counts.
     */
    public TextBlock cut(int from, int to) {
        if (lines.size() == 0 || from == 0 && to == lines.size()) {
            return this;
        }
        String[] all = text.split("\n", -1);
        String cut = String.join("\n", java.util.Arrays.asList(all).subList(from, to));
        TextMetrics.Counts counts = TextMetrics.count(cut);
        return new TextBlock(index, owner, kind, level, cut, lines.words(from, to), lines.linkWords(from, to),
                lines.links(from, to), counts.stops(), counts.commas(), lines.range(from, to));
    }
}
