package dev.pith.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page without prose: a shop's collection, a listing of links, a results table, a product grid.
 * Every line is short, each costs the maximum-sum run ({@link MainRegionRule}) a point, and the run
 * keeps next to nothing; an empty answer is the worst one there. When the kept lines hold no
 * paragraph of prose (a short article has one) and fewer than {@link #MAX_BARE_WORDS} words, or
 * fewer than {@link #MAX_KEPT_WORDS} beside a grid that outweighs them {@link #MIN_GRID_SHARE}
 * times, the block of short lines that furniture interrupts least is kept instead: the same
 * maximum-sum run with every short line worth a point. Menus and footers
 * are broken up by buttons, sign-in links and notices (boilerplate); the grid of items is the
 * longest stretch without them. Language-agnostic: it reads only the labels.
 */
final class ShortLineGrid {

    /** The rule's name in explanations. */
    static final String NAME = "short-line-grid";
    /** A page whose kept lines hold no paragraph of prose and fewer words than this has no article the run could find. */
    static final int MAX_BARE_WORDS = 60;
    /** A page whose kept lines hold fewer words than this may have none… */
    static final int MAX_KEPT_WORDS = 150;
    /**
     * … when the grid scores this many times the kept words: a short intro over a long grid of
     * items, not a short article beside its menu.
     */
    static final double MIN_GRID_SHARE = 5;
    /** A grid has at least this many lines: two menu links on an empty page are none. */
    static final int MIN_GRID_LINES = 5;
    /** What a short line is worth in the grid's run: a point, as it costs one in the article's. */
    static final double SHORT_GAIN = 1.0;
    /**
     * A sequence of this many lines that the page prints twice is a menu (the desktop and the
     * mobile copy of the site's navigation, the header's links again in the footer); a grid's
     * items are each printed once, and a label they share ("1 week ago", a price) recurs alone,
     * between lines that differ.
     */
    static final int MENU_SEQUENCE = 3;
    /** A heading names the page in at least this many words: one word ("NBA") is a menu link. */
    static final int MIN_HEADING_WORDS = 2;
    /** The heading opens the grid: it stands in the first this share of its lines, not in the footer's links. */
    static final double HEADING_REACH = 0.5;
    /** A menu is printed twice; a sequence printed more often is the grid's own (each item's colours or sizes). */
    static final int MENU_COPIES = 2;

    /** What parts a text's words: anything but letters and digits. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ShortLineGrid() {
    }

    /** Keeps the grid's lines when the article's run kept next to nothing beside them. */
    static void keepIfBare(List<Line> lines, String title) {
        int keptWords = 0;
        boolean keptProse = false;
        for (Line line : lines) {
            keptWords += line.kept ? line.words() : 0;
            keptProse |= line.kept && line.label == LineLabel.GOOD;
        }
        if (keptWords >= MAX_KEPT_WORDS) {
            return;
        }
        MainRegionRule.Segment grid = MainRegionRule.bestSegment(lines, 0, lines.size(), ShortLineGrid::score);
        boolean bare = !keptProse && keptWords < MAX_BARE_WORDS || grid.score() >= keptWords * MIN_GRID_SHARE;
        if (!bare || grid.end() - grid.start() + 1 < MIN_GRID_LINES) {
            return;
        }
        for (int i = firstItem(lines, grid, title); i <= grid.end(); i++) {
            Line line = lines.get(i);
            if (!line.kept && line.label != LineLabel.BOILERPLATE) {
                line.kept = true;
                line.rule = NAME;
            }
        }
    }

    private static double score(Line line) {
        return line.label == LineLabel.SHORT ? SHORT_GAIN : MainRegionRule.score(line);
    }

    /**
     * Where the grid's items begin: after the menu (see {@link #firstAfterMenu}), and after the
     * page's heading when the grid holds one in its first half. A listing or a results table
     * names itself above its items in the title's words ("NBA Standings 2025-26" under the title
     * "NBA Standings - 2025-26 season - ESPN"), more loosely than {@link TitleRepeatLineRule}
     * asks; what comes before it is the site's navigation.
     */
    static int firstItem(List<Line> lines, MainRegionRule.Segment grid, String title) {
        int start = firstAfterMenu(lines, grid);
        if (headlineAbove(lines, grid.start())) {
            return start; // the title's exact repeat stands above: the grid already opens below its heading
        }
        Set<String> titleWords = words(title);
        int reach = start + (int) ((grid.end() - start) * HEADING_REACH);
        for (int i = start; i < reach; i++) {
            Line line = lines.get(i);
            if (line.label == LineLabel.SHORT && isHeading(words(line.text()), titleWords)) {
                return i + 1;
            }
        }
        return start;
    }

    private static boolean isHeading(Set<String> words, Set<String> titleWords) {
        return words.size() >= MIN_HEADING_WORDS && titleWords.containsAll(words);
    }

    private static boolean headlineAbove(List<Line> lines, int end) {
        for (int i = 0; i < end; i++) {
            if (lines.get(i).role == LineRole.HEADLINE) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case words (letters and digits) of a text. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Where the grid's items begin: the run of short lines often opens at the site's menu, which
     * scores like items; the lines it opens with that the page prints twice in the same order
     * are that menu, and are skipped.
     */
    static int firstAfterMenu(List<Line> lines, MainRegionRule.Segment grid) {
        Set<Line> menu = repeatedSequences(lines);
        int start = grid.start();
        while (start < grid.end() && menu.contains(lines.get(start))) {
            start++;
        }
        return start;
    }

    /** The lines that stand in a sequence of {@link #MENU_SEQUENCE} lines the page prints exactly {@link #MENU_COPIES} times. */
    static Set<Line> repeatedSequences(List<Line> lines) {
        Map<String, List<Integer>> starts = new HashMap<>();
        for (int i = 0; i + MENU_SEQUENCE <= lines.size(); i++) {
            starts.computeIfAbsent(sequenceKey(lines, i), k -> new ArrayList<>()).add(i);
        }
        Set<Line> repeated = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Integer> at : starts.values()) {
            if (at.size() == MENU_COPIES) {
                for (int start : at) {
                    repeated.addAll(lines.subList(start, start + MENU_SEQUENCE));
                }
            }
        }
        return repeated;
    }

    private static String sequenceKey(List<Line> lines, int from) {
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < MENU_SEQUENCE; k++) {
            key.append(lines.get(from + k).lower()).append('\n');
        }
        return key.toString();
    }
}
