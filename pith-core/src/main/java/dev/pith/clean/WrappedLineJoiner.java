package dev.pith.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins prose that was hard-wrapped at a fixed width ({@code <pre>} man pages, mailing-list
 * archives, plain-text posts) back into paragraphs. Each wrapped piece is shorter than a
 * sentence, so line by line it reads as a menu item; joined, the paragraph is judged as prose.
 *
 * <p>A line continues on the next when it is wide ({@link #MIN_WIDE_CHARS}), does not end like a
 * sentence or a label, and the next line starts with a lower-case letter — in every cased script
 * the sign that a sentence goes on. Code and link lists are left alone (code characters, no
 * spaces), and so is a short lower-case button after a paragraph ("get in touch"): the next line
 * must be wide as well or close the sentence. A run is joined only when its lines were cut at
 * one width ({@link #isWrapped}).
 */
final class WrappedLineJoiner {

    /** A wrapped line fills most of its width: at least this many characters. */
    static final int MIN_WIDE_CHARS = 40;
    /** Fewest lines in a wrapped paragraph: two lines of different length are as often two elements. */
    static final int MIN_RUN_LINES = 3;
    /** Every wrapped line but the last fills at least this share of the widest. */
    static final double MIN_FILL = 0.75;
    /** Fewest spaces in a wrapped prose line: words, not a URL or an identifier. */
    static final int MIN_SPACES = 4;
    /** Characters of code, markup and paths: a line with one of them is not wrapped prose. */
    private static final String CODE_CHARS = "{}[]<>=;/\\|_`#$";
    /** {@link #CODE_CHARS} as a table over ASCII: one look per character of a line. */
    private static final boolean[] IS_CODE_CHAR = new boolean[128];

    static {
        for (int i = 0; i < CODE_CHARS.length(); i++) {
            IS_CODE_CHAR[CODE_CHARS.charAt(i)] = true;
        }
    }

    private WrappedLineJoiner() {
    }

    /** The lines with wrapped paragraphs joined by a space. */
    static List<String> join(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int last = i;
            while (last + 1 < lines.size() && continues(lines.get(last), lines.get(last + 1))) {
                last++;
            }
            List<String> run = lines.subList(i, last + 1);
            if (isWrapped(run)) {
                out.add(String.join(" ", run));
            } else {
                out.addAll(run);
            }
            i = last + 1;
        }
        return out;
    }

    /**
     * True when a run of continuing lines was cut at one width: enough lines, every line but the
     * last fills most of the widest, and the next line's first word would not have fitted on it.
     * List items that happen to start in lower case vary in length and fail this.
     */
    static boolean isWrapped(List<String> run) {
        if (run.size() < MIN_RUN_LINES || isParallel(run)) {
            return false;
        }
        int width = 0;
        for (int k = 0; k + 1 < run.size(); k++) {
            width = Math.max(width, run.get(k).length());
        }
        for (int k = 0; k + 1 < run.size(); k++) {
            int length = run.get(k).length();
            if (length < width * MIN_FILL || length + 1 + firstWordLength(run.get(k + 1)) <= width) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when most continuation lines open with the same word ("in § 4 …", "in § 5 …"): the
     * items of a list, which repeat their opening; wrapping cuts sentences at arbitrary words.
     */
    static boolean isParallel(List<String> run) {
        Map<String, Integer> openings = new HashMap<>();
        int most = 0;
        for (int k = 1; k < run.size(); k++) {
            String line = run.get(k);
            most = Math.max(most, openings.merge(line.substring(0, firstWordLength(line)), 1, Integer::sum));
        }
        return most * 2 > run.size() - 1;
    }

    private static int firstWordLength(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line.length() : space;
    }

    /**
     * True when {@code next} is the rest of the sentence that {@code line} breaks off. The tests
     * that look at one character come first: every line of every page is asked, and few pairs
     * get as far as the scans of their whole text.
     */
    static boolean continues(String line, String next) {
        return line.length() >= MIN_WIDE_CHARS && breaksOff(line) && startsLowerCase(next)
                && (next.length() >= MIN_WIDE_CHARS || LineFeatures.endsLikeSentence(next))
                && isProse(line) && isProse(next);
    }

    /** The line stops mid-sentence: after a letter, a digit, a comma or a hyphen. */
    private static boolean breaksOff(String line) {
        char last = line.charAt(line.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',' || last == '-';
    }

    private static boolean startsLowerCase(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    }

    /** Words between spaces, no code characters. */
    private static boolean isProse(String line) {
        int spaces = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < IS_CODE_CHAR.length && IS_CODE_CHAR[c]) {
                return false;
            }
            if (c == ' ') {
                spaces++;
            }
        }
        return spaces >= MIN_SPACES || line.length() < MIN_WIDE_CHARS;
    }
}
