package dev.pith.util;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed list of lower-case stems, and the question "does this text contain any of them?" —
 * or, for stems given as several families, "which families does it contain?", answered in the
 * same single scan.
 *
 * <p>Rules ask it of every class name and id on a page, and most names contain none. Each stem
 * is anchored on its rarest pair of characters ("mm" in "comment", "qu" in "disqus"): a bit per
 * pair lets one scan find the few places where a stem can be, and only there are the stems with
 * that anchor compared. The cost does not grow with the number of stems, common pairs such as
 * "co" or "re" do not send every name to a comparison, and the answer is always that of the
 * plain search. Stems too short or not ASCII are searched in every text. A second table holds
 * each anchor pair in every mix of case, so that names in any case are scanned without being
 * lower-cased; only where a pair hits are the characters folded.
 */
public final class Stems {

    private static final int ASCII = Chars.ASCII_END;
    /** Most families one instance holds: one bit each in the answer. */
    private static final int MAX_FAMILIES = Integer.SIZE - 1;

    /**
     * How common each letter is in English text, in tenths of a percent: a pair of rare letters
     * occurs in few names. Other characters (digits, {@code -}, {@code _}) count as common, since
     * class names are full of them.
     */
    private static final int[] LETTER_FREQUENCY = {
        82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1};
    private static final int COMMON = 100;

    /** A stem, where its anchor pair sits in it, and the bit of its family. */
    private record Anchored(String stem, int offset, int family) {
    }

    /** Stems of two ASCII characters or more, by their anchor pair {@code a * 128 + b}; null for none. */
    private final Anchored[][] byAnchor = new Anchored[ASCII * ASCII][];
    /** Shorter or non-ASCII stems ("©"): searched in every text. */
    private final Anchored[] unpaired;
    /** Bit {@code a * 128 + b}: some stem is anchored on the characters {@code a b}. */
    private final long[] anchorPairs = new long[ASCII * ASCII / Long.SIZE];
    /** The same with either character of each pair in upper case too. */
    private final long[] foldedPairs = new long[ASCII * ASCII / Long.SIZE];
    /** Every family's bit: a scan for families stops once all are found. */
    private final int allFamilies;

    private Stems(List<List<String>> families) {
        if (families.size() > MAX_FAMILIES) {
            throw new IllegalArgumentException("at most " + MAX_FAMILIES + " families");
        }
        Map<Integer, List<Anchored>> byPair = new HashMap<>();
        List<Anchored> without = new ArrayList<>();
        for (int f = 0; f < families.size(); f++) {
            for (String stem : families.get(f)) {
                if (stem.length() < 2 || !isAscii(stem)) {
                    without.add(new Anchored(stem, 0, 1 << f));
                } else {
                    int offset = rarestPair(stem);
                    char a = stem.charAt(offset);
                    char b = stem.charAt(offset + 1);
                    byPair.computeIfAbsent(a * ASCII + b, k -> new ArrayList<>()).add(new Anchored(stem, offset, 1 << f));
                    set(anchorPairs, a, b);
                    for (char x : new char[] {a, Character.toUpperCase(a)}) {
                        for (char y : new char[] {b, Character.toUpperCase(b)}) {
                            set(foldedPairs, x, y);
                        }
                    }
                }
            }
        }
        byPair.forEach((pair, stems) -> byAnchor[pair] = stems.toArray(Anchored[]::new));
        this.unpaired = without.toArray(Anchored[]::new);
        this.allFamilies = (1 << families.size()) - 1;
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

    /** The given stems, as one family. */
    public static Stems of(String... stems) {
        return new Stems(List.of(List.of(stems)));
    }

    /** The given stems, as one family. */
    public static Stems of(List<String> stems) {
        return new Stems(List.of(stems));
    }

    /** Several families of stems; family {@code i} answers as bit {@code 1 << i}. */
    public static Stems families(List<List<String>> families) {
        return new Stems(families);
    }

    /** True when {@code text} contains one of the stems. */
    public boolean foundIn(String text) {
        return exact(text, true) != 0;
    }

    /**
     * The answer of {@code foundIn(text.toLowerCase(Locale.ROOT))}, without lower-casing the
     * text: class names and ids come in any case. ASCII letters are folded in place; text that
     * is not ASCII where a stem could be is lower-cased and searched as it is, because
     * lower-casing some characters changes the length of the text.
     */
    public boolean foundInLowerCased(String text) {
        return folded(text, true) != 0;
    }

    /** The bits of the families with a stem in {@code text.toLowerCase(Locale.ROOT)}, found as {@link #foundInLowerCased} does. */
    public int familiesInLowerCased(String text) {
        return folded(text, false);
    }

    /** The families found in the text as it is; with {@code first}, stops at the first stem. */
    private int exact(String text, boolean first) {
        int found = 0;
        for (Anchored x : unpaired) {
            if (text.contains(x.stem())) {
                found |= x.family();
                if (answered(found, first)) {
                    return found;
                }
            }
        }
        // Each character is read once and kept as the first of the next pair.
        char a = text.isEmpty() ? 0 : text.charAt(0);
        for (int i = 1; i < text.length(); i++) {
            char b = text.charAt(i);
            if ((a | b) < ASCII && isSet(anchorPairs, a, b)) {
                for (Anchored x : byAnchor[a * ASCII + b]) {
                    int start = i - 1 - x.offset();
                    if (start >= 0 && text.startsWith(x.stem(), start)) {
                        found |= x.family();
                        if (answered(found, first)) {
                            return found;
                        }
                    }
                }
            }
            a = b;
        }
        return found;
    }

    /** True when the scan can stop: at the first stem, or once every family is found. */
    private boolean answered(int found, boolean first) {
        return first || found == allFamilies;
    }

    /** {@link #exact} of the lower-cased text, folding ASCII letters in place. */
    private int folded(String text, boolean first) {
        if (unpaired.length > 0) {
            return exact(text.toLowerCase(Locale.ROOT), first);
        }
        int found = 0;
        char a = text.isEmpty() ? 0 : text.charAt(0);
        for (int i = 1; i < text.length(); i++) {
            char b = text.charAt(i);
            if ((a | b) >= ASCII) {
                return exact(text.toLowerCase(Locale.ROOT), first);
            }
            if (isSet(foldedPairs, a, b)) {
                for (Anchored x : byAnchor[Chars.toLowerCase(a) * ASCII + Chars.toLowerCase(b)]) {
                    int match = matchFolded(text, i - 1 - x.offset(), x.stem());
                    if (match < 0) {
                        return exact(text.toLowerCase(Locale.ROOT), first);
                    }
                    if (match > 0) {
                        found |= x.family();
                        if (answered(found, first)) {
                            return found;
                        }
                    }
                }
            }
            a = b;
        }
        return found;
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

    /** True when the pair's bit is set; both characters are ASCII. */
    private static boolean isSet(long[] pairs, char a, char b) {
        int pair = a * ASCII + b;
        return (pairs[pair / Long.SIZE] & 1L << (pair % Long.SIZE)) != 0;
    }

    private static void set(long[] pairs, char a, char b) {
        int pair = a * ASCII + b;
        pairs[pair / Long.SIZE] |= 1L << (pair % Long.SIZE);
    }
}
