package dev.pith.block;

import java.util.Arrays;

/**
 * The counts of each line of a block that {@code <br>} breaks into lines, so that a rule can judge
 * one line of a block: older pages set a whole text, its link footer and its copyright line in
 * one table cell or body, separated only by line breaks. Immutable: the arrays never leave it.
 */
public final class LineCounts {

    /** A block of one line: nothing to tell apart. */
    public static final LineCounts ONE_LINE = new LineCounts(new int[0], new int[0], new int[0]);

    private final int[] words;
    private final int[] linkWords;
    private final int[] links;

    /**
     * @param words     words per line
     * @param linkWords words inside links per line
     * @param links     links that start in each line
     */
    LineCounts(int[] words, int[] linkWords, int[] links) {
        this.words = words;
        this.linkWords = linkWords;
        this.links = links;
    }

    /** Lines counted; 0 for a block of one line. */
    public int size() {
        return words.length;
    }

    /** Words of line {@code i}. */
    public int words(int i) {
        return words[i];
    }

    /** Words inside links in line {@code i}. */
    public int linkWords(int i) {
        return linkWords[i];
    }

    /** Links that start in line {@code i}. */
    public int links(int i) {
        return links[i];
    }

    /** Share of line {@code i}'s words that are link text, 0 to 1. */
    public double linkDensity(int i) {
        return words[i] == 0 ? 0 : (double) linkWords[i] / words[i];
    }

    /** Words of lines {@code from} (inclusive) to {@code to} (exclusive). */
    public int words(int from, int to) {
        return sum(words, from, to);
    }

    /** Linked words of lines {@code from} (inclusive) to {@code to} (exclusive). */
    public int linkWords(int from, int to) {
        return sum(linkWords, from, to);
    }

    /** Links of lines {@code from} (inclusive) to {@code to} (exclusive). */
    public int links(int from, int to) {
        return sum(links, from, to);
    }

    /** The counts of lines {@code from} (inclusive) to {@code to} (exclusive). */
    LineCounts range(int from, int to) {
        if (to - from < 2) {
            return ONE_LINE;
        }
        return new LineCounts(Arrays.copyOfRange(words, from, to), Arrays.copyOfRange(linkWords, from, to),
                Arrays.copyOfRange(links, from, to));
    }

    private static int sum(int[] values, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s;
    }

    @Override
    public String toString() {
        return "LineCounts[words=" + Arrays.toString(words) + ", linkWords=" + Arrays.toString(linkWords)
                + ", links=" + Arrays.toString(links) + "]";
    }
}
