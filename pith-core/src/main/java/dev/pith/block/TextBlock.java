package dev.pith.block;

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
        int commas) {

    /** Share of the words that are link text, 0 to 1. */
    public double linkDensity() {
        return words == 0 ? 0 : (double) linkWords / words;
    }

    /** Average words per link; 0 without links. */
    public double wordsPerLink() {
        return links == 0 ? 0 : (double) linkWords / links;
    }
}
