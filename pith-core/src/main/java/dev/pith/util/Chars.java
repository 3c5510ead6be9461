package dev.pith.util;

/**
 * Character classes with an ASCII fast path: the stages look at every character of every
 * document, most of them ASCII, and {@link Character}'s Unicode tables cost a lookup each.
 * Outside ASCII these answer exactly as {@link Character} does.
 */
public final class Chars {

    /** Characters below this are ASCII and answered from a table. */
    public static final char ASCII_END = 0x80;
    /** ASCII DEL, the one control character above the printable ones. */
    private static final char DEL = 0x7F;

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte UPPER = 4;
    private static final byte WHITE_SPACE = 8;
    private static final byte[] ASCII = new byte[ASCII_END];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LETTER;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII[c] = LETTER | UPPER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
        for (char c = 0; c < ASCII_END; c++) {
            if (Character.isWhitespace(c)) {
                ASCII[c] |= WHITE_SPACE;
            }
        }
    }

    private Chars() {
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < ASCII_END ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isWhitespace(char)}. */
    public static boolean isWhitespace(char c) {
        return c < ASCII_END ? (ASCII[c] & WHITE_SPACE) != 0 : Character.isWhitespace(c);
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return c < ASCII_END ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    /** {@link Character#isUpperCase(char)}. */
    public static boolean isUpperCase(char c) {
        return c < ASCII_END ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    /** {@link Character#isLowerCase(char)}. */
    public static boolean isLowerCase(char c) {
        return c < ASCII_END ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** {@link Character#isDigit(char)}. */
    public static boolean isDigit(char c) {
        return c < ASCII_END ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return c < ASCII_END ? (ASCII[c] & UPPER) != 0 ? (char) (c + ('a' - 'A')) : c : Character.toLowerCase(c);
    }

    /**
     * {@code text.regionMatches(true, at, prefix, 0, prefix.length())}: whether {@code prefix}
     * stands in {@code text} at {@code at}, case ignored. ASCII pairs are compared here, without
     * {@link Character}'s case tables, which the JDK consults for every pair once either string
     * holds a character past Latin-1; from the first other character on, the JDK compares, pair
     * by pair as before.
     */
    public static boolean startsWithIgnoreCase(String text, int at, String prefix) {
        if (at < 0 || text.length() - at < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = text.charAt(at + k);
            char p = prefix.charAt(k);
            if ((c | p) >= ASCII_END) {
                return text.regionMatches(true, at + k, prefix, k, prefix.length() - k);
            }
            if (c != p && toLowerCase(c) != toLowerCase(p)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a char of {@code s} from {@code from} (inclusive) to {@code to} (exclusive) is a digit ({@link #isDigit}). */
    public static boolean hasDigit(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any char of {@code s} is a digit ({@link #isDigit}). */
    public static boolean hasDigit(CharSequence s) {
        return hasDigit(s, 0, s.length());
    }

    /** True for printable ASCII other than space: no white space, no control, one char per character. */
    public static boolean isVisibleAscii(char c) {
        return c > ' ' && c < DEL;
    }

    /**
     * True when every char is ASCII. ASCII text is unchanged by every Unicode normalisation form,
     * so callers skip the normaliser for it: most page text is ASCII, and the normaliser's code is
     * compiled again and again while a run warms up.
     */
    public static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= ASCII_END) {
                return false;
            }
        }
        return true;
    }
}
