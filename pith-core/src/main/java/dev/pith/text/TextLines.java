package dev.pith.text;

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
        List<String> lines = new ArrayList<>();
        boolean blankSeen = false;
        boolean previousBlank = false;
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029' && c != '\u0085') {
                continue;
            }
            String line = clean(text, start, i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
            if (line.isEmpty()) {
                previousBlank = true;
                blankSeen |= !lines.isEmpty();
                continue;
            }
            if (blankSeen && !previousBlank && !lines.isEmpty() && wrapped(lines.get(lines.size() - 1), line)) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line);
            } else {
                lines.add(line);
            }
            previousBlank = false;
        }
        return lines;
    }

    private static boolean wrapped(String previous, String next) {
        return previous.length() >= WRAP_MIN_CHARS && !LineFeatures.endsLikeSentence(previous)
                && Character.isLowerCase(next.charAt(0));
    }

    /** The line with white space collapsed and control characters removed. */
    private static String clean(String text, int start, int end) {
        if (isPlain(text, start, end)) {
            return text.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return TextMetrics.collapseWhitespace(sb);
    }

    /** True when the line has no control characters, odd spaces, double spaces or padding. */
    private static boolean isPlain(String text, int start, int end) {
        if (start == end) {
            return true;
        }
        if (text.charAt(start) == ' ' || text.charAt(end - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c >= '\u007F' && c <= '\u00A0' || c >= '\u2000' && c <= '\u200F'
                    || c == '\uFEFF' || c == '\u00AD' || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
