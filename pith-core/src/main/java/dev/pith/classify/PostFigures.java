package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.util.Chars;
import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the figure lines a thread's template sets once in every post: "answered Mar 3, 2020 at
 * 14:05", "1.2k 3 gold badges 12 silver badges", "Posts: 4032", "12 Likes". Each differs from post
 * to post by its figures, so no text repeats for {@link RepeatedTextRule}, and they need not sit
 * in a definition list for {@link AuthorCards}; what marks them is the structure: a short line with
 * a figure, in an element of the same tag and class in each of at least {@link #MIN_POSTS} items,
 * every item holding far more text of its own. A listing's prices and ratings recur alike, but
 * there the figures are a large part of each card: the card is the entry.
 */
final class PostFigures {

    /** Fewer posts with the same figure line are a chance likeness, not a thread. */
    static final int MIN_POSTS = 3;
    /** A figure line is a few words: a date, a count with its label, a row of badges. */
    static final int MAX_WORDS = 8;
    /** At least this share of the class's lines give a figure: a member's record, not a name or a label. */
    static final double MIN_FIGURE_SHARE = 0.8;
    /**
     * At least this share of the lines carry one same word beside their figures, the template's
     * label ("answered", "Posts", "Likes", "badges"). A list of bare figures (prices, ranks, a
     * thread's post dates) names nothing the page calls furniture.
     */
    static final double MIN_LABEL_SHARE = 0.8;
    /** A label is a word of at least this many letters: month names' and "am"/"pm"'s short forms label a date, which may be content. */
    static final int MIN_LABEL_LETTERS = 4;
    /** The items hold at least this many times the words of their figure lines: the line is a margin note of a post. */
    static final double MIN_POST_TO_FIGURES = 6.0;

    private static final long NO_NUMBER = -1;
    /** Digits read of a figure: more than a count needs, within a long. */
    private static final int MAX_NUMBER_DIGITS = 12;

    private PostFigures() {
    }

    /** The indexes of the blocks that are figure lines of a thread's posts, from the region's blocks {@link #byShape}; empty on most pages. */
    static Set<Integer> find(Collection<List<TextBlock>> byShape) {
        Set<Integer> figures = new HashSet<>();
        for (List<TextBlock> lines : byShape) {
            if (lines.size() >= MIN_POSTS && areFigureLines(lines) && standBesidePosts(lines, MIN_POST_TO_FIGURES)) {
                lines.forEach(b -> figures.add(b.index()));
            }
        }
        return figures;
    }

    /** The region's blocks grouped by their template's name ({@link #shapeOf}); blocks of unnamed elements are left out. */
    static Collection<List<TextBlock>> byShape(List<TextBlock> blocks, Region region) {
        Map<String, List<TextBlock>> byShape = new HashMap<>();
        // Each element's part of the name is built once: the lines of a list or a thread share
        // their parent, and every page asks for every block of its region.
        Map<Element, String> elementShapes = new HashMap<>();
        for (TextBlock b : blocks) {
            if (isNamed(b.owner()) && region.contains(b.owner())) {
                byShape.computeIfAbsent(shapeOf(b.owner(), elementShapes), k -> new ArrayList<>()).add(b);
            }
        }
        return byShape.values();
    }

    /** Whether the line's element or its parent has a class: a bare paragraph is the writer's, not the template's. */
    private static boolean isNamed(Element owner) {
        Element parent = owner.parent();
        return !owner.className().isBlank() || parent != null && !parent.className().isBlank();
    }

    /**
     * The template's name for a {@link #isNamed named} line: its element's tag and class names,
     * and its parent's; {@code elementShapes} holds each element's part once built.
     */
    private static String shapeOf(Element owner, Map<Element, String> elementShapes) {
        Element parent = owner.parent();
        String parentShape = parent == null ? "" : elementShapes.computeIfAbsent(parent, SiblingShape::withoutNumbers);
        return elementShapes.computeIfAbsent(owner, SiblingShape::withoutNumbers) + '<' + parentShape;
    }

    /** Whether every line is short and not code or a table cell, and at least {@link #MIN_FIGURE_SHARE} hold a digit. */
    private static boolean areFigureLines(List<TextBlock> lines) {
        int withFigure = 0;
        for (TextBlock b : lines) {
            if (b.words() > MAX_WORDS || !isLineKind(b.kind())) {
                return false;
            }
            if (Chars.hasDigit(b.text())) {
                withFigure++;
            }
        }
        return withFigure >= MIN_FIGURE_SHARE * lines.size() && shareLabel(lines) && !isNumbering(lines);
    }

    /**
     * Whether the lines' first figures count up one by one ("Step 1", "Step 2", ...): a guide's
     * steps or a text's parts are numbered so, and the numbers are the text's own order, where a
     * member's record gives each post figures of its own.
     */
    private static boolean isNumbering(List<TextBlock> lines) {
        long previous = NO_NUMBER;
        for (TextBlock b : lines) {
            long number = firstNumber(b.text());
            if (number == NO_NUMBER) {
                continue;
            }
            if (previous != NO_NUMBER && number != previous + 1) {
                return false;
            }
            previous = number;
        }
        return previous != NO_NUMBER;
    }

    /** The first run of digits in {@code text} as a number, {@link #NO_NUMBER} if none (or too long for one). */
    private static long firstNumber(String text) {
        int start = 0;
        while (start < text.length() && !Chars.isDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Chars.isDigit(text.charAt(end)) && end - start < MAX_NUMBER_DIGITS) {
            end++;
        }
        return end == start ? NO_NUMBER : Long.parseLong(text, start, end, 10);
    }

    /** Headings are excluded: numbered headings ("1. Introduction", "Step 2: ...") recur alike in a guide's sections. */
    private static boolean isLineKind(BlockKind kind) {
        return switch (kind) {
            case PARAGRAPH, TEXT, LIST_ITEM -> true;
            default -> false;
        };
    }

    /** Whether one word of {@link #MIN_LABEL_LETTERS} letters or more is in {@link #MIN_LABEL_SHARE} of the lines. */
    private static boolean shareLabel(List<TextBlock> lines) {
        Map<String, Integer> linesPerWord = new HashMap<>();
        for (TextBlock b : lines) {
            for (String word : labelWords(b.text())) {
                linesPerWord.merge(word, 1, Integer::sum);
            }
        }
        for (int count : linesPerWord.values()) {
            if (count >= MIN_LABEL_SHARE * lines.size()) {
                return true;
            }
        }
        return false;
    }

    /** The distinct runs of {@link #MIN_LABEL_LETTERS} letters or more in {@code text}, in lower case. */
    private static Set<String> labelWords(String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= MIN_LABEL_LETTERS) {
                    words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
        return words;
    }

    /**
     * Whether the items the lines stand in (each line's widest ancestor holding no other line) hold
     * {@code minRatio} times the lines' words besides them.
     */
    static boolean standBesidePosts(List<TextBlock> lines, double minRatio) {
        Map<Element, Integer> linesWithin = linesWithin(lines);
        int figureWords = 0;
        int itemWords = 0;
        for (TextBlock b : lines) {
            figureWords += b.words();
            itemWords += TextMetrics.words(itemOf(b.owner(), linesWithin).text());
        }
        return itemWords - figureWords >= minRatio * figureWords;
    }

    /** For each element that holds one of the lines, how many of them it holds. */
    static Map<Element, Integer> linesWithin(List<TextBlock> lines) {
        Map<Element, Integer> linesWithin = new HashMap<>();
        for (TextBlock b : lines) {
            for (Element up = b.owner(); up != null; up = up.parent()) {
                linesWithin.merge(up, 1, Integer::sum);
            }
        }
        return linesWithin;
    }

    /** The widest ancestor of {@code line} (or the line itself) that holds no other line. */
    static Element itemOf(Element line, Map<Element, Integer> linesWithin) {
        Element item = line;
        for (Element up = line.parent(); up != null && linesWithin.get(up) == 1; up = up.parent()) {
            item = up;
        }
        return item;
    }
}
