package dev.pith.clean;

import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into lines: every line break (\n, \r\n, \r, U+2028, U+2029, NEL) ends one, white
 * space is collapsed, control characters (binary debris) dropped and empty lines skipped.
 * When the text separates paragraphs with blank lines, hard-wrapped lines inside a paragraph
 * (e-mail and plain-text archives wrap at ~72 columns) are joined back into one.
 */
final class TextLines {

    /** A line this long that does not end a sentence, followed by a lower-case start, was wrapped. */
    static final int WRAP_MIN_CHARS = 40;

    private TextLines() {
    }

    static List<String> of(String text) {
        Collector lines = new Collector();
        int n = text.length();
        int start = 0;
        boolean plain = true; // no control characters, odd or doubled spaces, or padding so far
        char previous = ' ';  // a leading space makes the line not plain, as a doubled one does
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c > ' ' && c < '\u007F') {
                previous = c; // visible ASCII, most of any text: nothing to check
                continue;
            }
            if (!isBreak(c)) {
                plain &= c == ' ' ? previous != ' ' : !needsCleaning(c);
                previous = c;
                continue;
            }
            String line = plain && previous != ' ' || start == i ? text.substring(start, i) : clean(text, start, i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
            plain = true;
            previous = ' ';
            if (line.isEmpty()) {
                lines.blank();
            } else {
                lines.line(line);
            }
        }
        return lines.finish();
    }

    /**
     * Collects the lines, joining a hard-wrapped line to the one before it in a builder: joining
     * by string concatenation copied the whole paragraph per line, quadratic in a long one.
     */
    private static final class Collector {

        private final List<String> lines = new ArrayList<>();
        /** The latest line, not yet in {@link #lines}, and it with the lines joined to it once there are any. */
        private String last;
        private StringBuilder joined;
        private boolean blankSeen;
        private boolean previousBlank;

        void blank() {
            previousBlank = true;
            blankSeen |= last != null;
        }

        void line(String line) {
            CharSequence previous = joined != null ? joined : last;
            if (blankSeen && !previousBlank && previous != null && wrapped(previous, line)) {
                if (joined == null) {
                    joined = new StringBuilder(last);
                }
                joined.append(' ').append(line);
            } else {
                flush();
                last = line;
            }
            previousBlank = false;
        }

        List<String> finish() {
            flush();
            return lines;
        }

        private void flush() {
            if (last != null) {
                lines.add(joined != null ? joined.toString() : last);
            }
            last = null;
            joined = null;
        }
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Control characters, odd spaces (no-break, zero-width, em…), BOM and soft hyphen are cleaned. */
    private static boolean needsCleaning(char c) {
        return c < ' ' || c >= '\u007F' && c <= '\u00A0' || c >= '\u2000' && c <= '\u200F'
                || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean wrapped(CharSequence previous, String next) {
        return previous.length() >= WRAP_MIN_CHARS && !LineFeatures.endsLikeSentence(previous)
                && Character.isLowerCase(next.charAt(0));
    }

    /** The line with white space collapsed and control characters removed. */
    private static String clean(String text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return TextMetrics.collapseWhitespace(sb);
    }
}
