package dev.pith.dedup;

import dev.pith.util.TextMetrics;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts text into the form two captures of one story share: Unicode NFKC (full-width and
 * ligature forms folded), lower case, typographic quotes and dashes as ASCII, white space
 * collapsed; split into non-empty lines, because boilerplate is recognised line by line.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The normalised non-empty lines of {@code text}. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > start) {
                    String line = line(text.substring(start, i));
                    if (!line.isEmpty()) {
                        lines.add(line);
                    }
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** One line normalised: NFKC, lower case, ASCII quotes and dashes, collapsed spaces. */
    public static String line(String s) {
        if (isAscii(s)) {
            return asciiLine(s);
        }
        // The quick check skips the costly normaliser for the common already-normal text.
        String nfkc = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        return TextMetrics.collapseWhitespace(foldPunctuation(nfkc.toLowerCase(Locale.ROOT)));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The common case in one pass: ASCII is already NFKC and has no typographic quotes. */
    private static String asciiLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ') {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c == '`' ? '\'' : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }

    /** Recrawls differ in typography only: curly quotes, primes and dash kinds become ASCII. */
    static String foldPunctuation(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = fold(c);
            if (f != c && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(f);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }
}
