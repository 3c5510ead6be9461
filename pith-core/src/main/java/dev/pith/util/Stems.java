package dev.pith.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fixed list of lower-case stems, and the question "does this text contain any of them?".
 *
 * <p>Rules ask it of every class name and id on a page, and most names contain none. Each stem
 * is anchored on its rarest pair of characters ("mm" in "comment", "qu" in "disqus"): a bit per
 * pair lets one scan find the few places where a stem can be, and only there are the stems with
 * that anchor compared. The cost does not grow with the number of stems, common pairs such as
 * "co" or "re" do not send every name to a comparison, and the answer is always that of the
 * plain search. Stems too short or not ASCII are searched in every text.
 */
public final class Stems {

    private static final int ASCII = Chars.ASCII_END;

    /**
     * How common each letter is in English text, in tenths of a percent: a pair of rare letters
     * occurs in few names. Other characters (digits, {@code -}, {@code _}) count as common, since
     * class names are full of them.
     */
    private static final int[] LETTER_FREQUENCY = {
        82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1};
    private static final int COMMON = 100;

    /** A stem and where its anchor pair sits in it. */
    private record Anchored(String stem, int offset) {
    }

    /** Stems of two ASCII characters or more, by the first character of their anchor pair. */
    private final Anchored[][] byAnchorStart = new Anchored[ASCII][];
    /** Shorter or non-ASCII stems ("©"): searched in every text. */
    private final String[] unpaired;
    /** Bit {@code a * 128 + b}: some stem is anchored on the characters {@code a b}. */
    private final long[] anchorPairs = new long[ASCII * ASCII / Long.SIZE];

    private Stems(List<String> stems) {
        List<List<Anchored>> byStart = new ArrayList<>();
        for (int c = 0; c < ASCII; c++) {
            byStart.add(new ArrayList<>());
        }
        List<String> without = new ArrayList<>();
        for (String stem : stems) {
            if (stem.length() < 2 || !isAscii(stem)) {
                without.add(stem);
            } else {
                int offset = rarestPair(stem);
                char a = stem.charAt(offset);
                byStart.get(a).add(new Anchored(stem, offset));
                int pair = a * ASCII + stem.charAt(offset + 1);
                anchorPairs[pair / Long.SIZE] |= 1L << (pair % Long.SIZE);
            }
        }
        for (int c = 0; c < ASCII; c++) {
            byAnchorStart[c] = byStart.get(c).toArray(Anchored[]::new);
        }
        this.unpaired = without.toArray(String[]::new);
    }

    /** Where the stem's least common pair of characters starts; the first of equals. */
    private static int rarestPair(String stem) {
        int best = 0;
        int bestScore = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < stem.length(); i++) {
            int score = frequency(stem.charAt(i)) + frequency(stem.charAt(i + 1));
            if (score < bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static int frequency(char c) {
        return c >= 'a' && c <= 'z' ? LETTER_FREQUENCY[c - 'a'] : COMMON;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= ASCII) {
                return false;
            }
        }
        return true;
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
            if (a < ASCII && isAnchor(a, text.charAt(i + 1))) {
                for (Anchored x : byAnchorStart[a]) {
                    int start = i - x.offset();
                    if (start >= 0 && text.startsWith(x.stem(), start)) {
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
     * is not ASCII where a stem could be is lower-cased and searched as it is, because
     * lower-casing some characters changes the length of the text.
     */
    public boolean foundInLowerCased(String text) {
        if (unpaired.length > 0) {
            return foundIn(text.toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (a >= ASCII || b >= ASCII) {
                return foundIn(text.toLowerCase(Locale.ROOT));
            }
            a = Chars.toLowerCase(a);
            if (isAnchor(a, Chars.toLowerCase(b))) {
                for (Anchored x : byAnchorStart[a]) {
                    int match = matchFolded(text, i - x.offset(), x.stem());
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
        if (at < 0 || at + stem.length() > text.length()) {
            return 0;
        }
        for (int k = 0; k < stem.length(); k++) {
            char c = text.charAt(at + k);
            if (c >= ASCII) {
                return -1;
            }
            if (Chars.toLowerCase(c) != stem.charAt(k)) {
                return 0;
            }
        }
        return 1;
    }

    private boolean isAnchor(char a, char b) {
        if (b >= ASCII) {
            return false;
        }
        int pair = a * ASCII + b;
        return (anchorPairs[pair / Long.SIZE] & 1L << (pair % Long.SIZE)) != 0;
    }
}
