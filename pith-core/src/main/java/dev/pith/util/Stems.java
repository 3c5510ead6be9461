package dev.pith.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fixed list of lower-case stems, and the question "does this text contain any of them?".
 *
 * <p>Rules ask it of every class name and id on a page, and most names contain none. A bit per
 * pair of ASCII characters that begins a stem lets one scan find the few places where a stem
 * can start; only there are the stems with that first character compared, so the cost does not
 * grow with the number of stems, and the answer is always that of the plain search. Stems too
 * short or not ASCII are searched in every text.
 */
public final class Stems {

    private static final int ASCII = 128;

    /** Stems of two ASCII characters or more, by their first character. */
    private final String[][] pairedByFirst = new String[ASCII][];
    /** Shorter or non-ASCII stems ("©"): searched in every text. */
    private final List<String> unpaired;
    /** Bit {@code a * 128 + b}: some paired stem starts with the characters {@code a b}. */
    private final long[] openingPairs = new long[ASCII * ASCII / Long.SIZE];

    private Stems(List<String> stems) {
        List<List<String>> byFirst = new ArrayList<>();
        for (int c = 0; c < ASCII; c++) {
            byFirst.add(new ArrayList<>());
        }
        List<String> without = new ArrayList<>();
        for (String stem : stems) {
            if (stem.length() < 2 || stem.charAt(0) >= ASCII || stem.charAt(1) >= ASCII) {
                without.add(stem);
            } else {
                byFirst.get(stem.charAt(0)).add(stem);
                int pair = stem.charAt(0) * ASCII + stem.charAt(1);
                openingPairs[pair / Long.SIZE] |= 1L << (pair % Long.SIZE);
            }
        }
        for (int c = 0; c < ASCII; c++) {
            pairedByFirst[c] = byFirst.get(c).toArray(String[]::new);
        }
        this.unpaired = List.copyOf(without);
    }

    /** The given stems. */
    public static Stems of(String... stems) {
        return new Stems(List.of(stems));
    }

    /** The given stems. */
    public static Stems of(List<String> stems) {
        return new Stems(stems);
    }

    /** True when {@code text} contains one of the stems. */
    public boolean foundIn(String text) {
        for (String stem : unpaired) {
            if (text.contains(stem)) {
                return true;
            }
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            if (a < ASCII && opensPair(a, text.charAt(i + 1))) {
                for (String stem : pairedByFirst[a]) {
                    if (text.startsWith(stem, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The answer of {@code foundIn(text.toLowerCase(Locale.ROOT))}, without lower-casing the
     * text: class names and ids come in any case. ASCII letters are folded in place; text that
     * is not ASCII where a stem could start is lower-cased and searched as it is, because
     * lower-casing some characters changes the length of the text.
     */
    public boolean foundInLowerCased(String text) {
        if (!unpaired.isEmpty()) {
            return foundIn(text.toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (a >= ASCII || b >= ASCII) {
                return foundIn(text.toLowerCase(Locale.ROOT));
            }
            a = fold(a);
            if (opensPair(a, fold(b))) {
                for (String stem : pairedByFirst[a]) {
                    int match = matchFolded(text, i, stem);
                    if (match != 0) {
                        return match > 0 || foundIn(text.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return false;
    }

    /** 1 when the ASCII stem is at {@code at} with case folded, 0 when not, -1 when non-ASCII text decides. */
    private static int matchFolded(String text, int at, String stem) {
        if (at + stem.length() > text.length()) {
            return 0;
        }
        for (int k = 0; k < stem.length(); k++) {
            char c = text.charAt(at + k);
            if (c >= ASCII) {
                return -1;
            }
            if (fold(c) != stem.charAt(k)) {
                return 0;
            }
        }
        return 1;
    }

    private boolean opensPair(char a, char b) {
        if (b >= ASCII) {
            return false;
        }
        int pair = a * ASCII + b;
        return (openingPairs[pair / Long.SIZE] & 1L << (pair % Long.SIZE)) != 0;
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
