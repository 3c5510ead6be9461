package dev.pith.assemble;

import dev.pith.block.TextBlock;
import dev.pith.model.Mark;
import dev.pith.util.TextMetrics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The links, bold and italic text of kept blocks, as marks over each block's text. The block's
 * text is the run's raw text with white space collapsed; the raw text is aligned with it
 * character by character, so a mark lands exactly on the words the page marked. A block that is
 * part of a run (lines cut off its edges, {@code TextBlock.cut}) is aligned with the stretch of the
 * run it came from; a block whose run cannot be found simply gets no marks.
 */
final class InlineMarks {

    private final String baseUrl;
    /** Each owner's runs, and the index of the first run not yet matched to a block. */
    private final Map<Element, List<InlineRuns.Run>> runs = new IdentityHashMap<>();
    private final Map<Element, Integer> next = new IdentityHashMap<>();

    InlineMarks(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The marks of a kept block, in order of their start. */
    List<Mark> of(TextBlock b) {
        Element owner = b.owner();
        List<InlineRuns.Run> ownRuns = runs.computeIfAbsent(owner, o -> InlineRuns.of(o, baseUrl));
        int from = next.getOrDefault(owner, 0);
        for (int i = from; i < ownRuns.size(); i++) {
            List<Mark> marks = align(ownRuns.get(i), b.text());
            if (marks != null) {
                next.put(owner, i + 1);
                return marks;
            }
        }
        for (int i = from; i < ownRuns.size(); i++) {
            InlineRuns.Run part = stretch(ownRuns.get(i), b.text());
            List<Mark> marks = part == null ? null : align(part, b.text());
            if (marks != null) {
                next.put(owner, i + 1);
                return marks;
            }
        }
        return List.of();
    }

    /**
     * The stretch of {@code run} whose visible characters are those of {@code text}, with the
     * marks that fall in it clipped to it; null when the text is no part of the run. White space
     * is left out of the comparison, as {@link #align} leaves it out.
     */
    static InlineRuns.Run stretch(InlineRuns.Run run, String text) {
        String raw = run.raw();
        StringBuilder visible = new StringBuilder(raw.length());
        int[] rawAt = new int[raw.length()];
        for (int i = 0; i < raw.length(); i++) {
            if (TextMetrics.isVisible(raw.charAt(i))) {
                rawAt[visible.length()] = i;
                visible.append(raw.charAt(i));
            }
        }
        String wanted = visibleOf(text);
        int at = wanted.isEmpty() ? -1 : visible.indexOf(wanted);
        if (at < 0) {
            return null;
        }
        int start = rawAt[at];
        int end = rawAt[at + wanted.length() - 1] + 1;
        List<InlineRuns.RawMark> marks = new ArrayList<>();
        for (InlineRuns.RawMark m : run.marks()) {
            int s = Math.max(m.start(), start);
            int e = Math.min(m.end(), end);
            if (s < e) {
                marks.add(new InlineRuns.RawMark(s - start, e - start, m.kind(), m.href()));
            }
        }
        return new InlineRuns.Run(raw.substring(start, end), marks);
    }

    private static String visibleOf(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (TextMetrics.isVisible(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }


    /** The run's marks over {@code text}, or null when the run is not the text of this block. */
    static List<Mark> align(InlineRuns.Run run, String text) {
        String raw = run.raw();
        if (run.marks().isEmpty()) {
            // most runs mark nothing: the index tables would only be thrown away
            return compare(raw, text, null, null) ? new ArrayList<>() : null;
        }
        int length = raw.length();
        // after[i]: text index after the visible chars before raw index i;
        // first[i]: text index of the first visible char at or after raw index i
        int[] after = new int[length + 1];
        int[] first = new int[length + 1];
        if (!compare(raw, text, after, first)) {
            return null;
        }
        after[length] = text.length();
        first[length] = text.length();
        for (int i = length - 1; i >= 0; i--) {
            if (first[i] < 0) {
                first[i] = first[i + 1];
            }
        }
        List<Mark> marks = new ArrayList<>();
        for (InlineRuns.RawMark m : run.marks()) {
            int start = first[m.start()];
            int end = after[m.end()];
            if (start < end) {
                marks.add(new Mark(start, end, m.kind(), m.href()));
            }
        }
        return nested(marks);
    }

    /**
     * True when {@code text} is the raw text with its white space collapsed, compared character
     * by character; fills the tables {@link #align} places marks with, when given (first[i] is -1
     * at white space).
     */
    private static boolean compare(String raw, String text, int[] after, int[] first) {
        int pos = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (after != null) {
                after[i] = pos;
            }
            char c = raw.charAt(i);
            if (!TextMetrics.isVisible(c)) {
                if (first != null) {
                    first[i] = -1;
                }
                continue;
            }
            while (pos < text.length() && isSeparator(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length() || text.charAt(pos) != c) {
                return false;
            }
            if (first != null) {
                first[i] = pos;
            }
            pos++;
        }
        return pos == text.length();
    }

    /** What the collapsed text puts between words and lines. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\n';
    }

    /**
     * The marks sorted by start, outer before inner, without those that cross another (markup
     * repaired into overlapping elements) or repeat one (a {@code <b>} inside a {@code <strong>}).
     */
    static List<Mark> nested(List<Mark> marks) {
        if (marks.size() < 2) {
            return marks;
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        List<Mark> kept = new ArrayList<>();
        Deque<Mark> open = new ArrayDeque<>();
        for (Mark m : marks) {
            while (!open.isEmpty() && open.peek().end() <= m.start()) {
                open.pop();
            }
            Mark outer = open.peek();
            boolean crosses = outer != null && m.end() > outer.end();
            boolean repeats = outer != null && outer.start() == m.start() && outer.end() == m.end()
                    && outer.kind() == m.kind();
            if (!crosses && !repeats) {
                kept.add(m);
                open.push(m);
            }
        }
        return kept;
    }
}
