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

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Control characters, odd spaces (no-break, zero-width, em…), BOM and soft hyphen are cleaned. */
    private static boolean needsCleaning(char c) {
        return c < ' ' || c >= '\u007F' && c <= '\u00A0' || c >= '\u2000' && c <= '\u200F'
                || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean wrapped(String previous, String next) {
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
