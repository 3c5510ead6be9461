package dev.pith.clean;

import java.util.List;
import java.util.function.Predicate;

/**
 * A comment label that a page prints more than once is not, where it first stands, the head of
 * the comment section:
 * <ul>
 * <li>a label on many lines is every teaser's button: a listing sets "Comment" under each
 * story, and the stories go on below the first one;</li>
 * <li>a count that comes again below the article is the byline's link to the thread:
 * "Comments: 37" under the headline, the article, then "37 comments" over the thread, where the
 * section starts.</li>
 * </ul>
 * Language-agnostic: it compares the page's own lines and numbers.
 */
final class RepeatedCommentLabel {

    /** A label on this many lines of one page is a per-teaser button. */
    static final int PER_ITEM_MIN_REPEATS = 5;

    private RepeatedCommentLabel() {
    }

    /** True when the same line, ignoring case, stands {@link #PER_ITEM_MIN_REPEATS} times on the page. */
    static boolean isPerItemButton(List<Line> lines, int at) {
        String lower = lines.get(at).lower();
        int repeats = 0;
        for (Line line : lines) {
            if (line.text().length() == lower.length() && line.lower().equals(lower)
                    && ++repeats >= PER_ITEM_MIN_REPEATS) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the line carries a number, a later line that the test also calls a comment
     * header carries the same number, and more prose stands between the two than above the
     * first: the first is the byline's count over the article, the second heads the thread. A
     * count that a thread's foot or a share bar repeats right below is the section's own.
     */
    static boolean isBylineCount(List<Line> lines, int at, int proseAbove, Predicate<Line> isHeader) {
        String number = firstNumber(lines.get(at).text());
        if (number.isEmpty()) {
            return false;
        }
        int proseBetween = 0;
        for (int j = at + 1; j < lines.size(); j++) {
            Line line = lines.get(j);
            if (line.text().contains(number) && number.equals(firstNumber(line.text())) && isHeader.test(line)) {
                return proseBetween > proseAbove;
            }
            if (line.label == LineLabel.GOOD) {
                proseBetween += line.words();
            }
        }
        return false;
    }

    /** The first run of digits in the text, or an empty string. */
    static String firstNumber(String text) {
        int start = 0;
        while (start < text.length() && !Character.isDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
