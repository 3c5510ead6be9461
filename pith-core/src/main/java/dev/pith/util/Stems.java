package dev.pith.util;

import java.util.List;

/**
 * A fixed list of lower-case stems, and the question "does this text contain any of them?".
 *
 * <p>Rules ask it of every class name and id on a page, and most names contain none. A bit per
 * pair of ASCII characters that begins a stem lets most texts be rejected in one scan, without
 * a substring search per stem; only texts holding such a pair are searched stem by stem, so the
 * answer is always that of the plain search.
 */
public final class Stems {

    private static final int ASCII = 128;

    private final List<String> stems;
    /** Bit {@code a * 128 + b}: some stem starts with the characters {@code a b}. */
    private final long[] openingPairs = new long[ASCII * ASCII / Long.SIZE];
    /** A stem that is not two ASCII characters long at least: then every text is searched. */
    private final boolean searchAlways;

    private Stems(List<String> stems) {
        this.stems = List.copyOf(stems);
        boolean always = false;
        for (String stem : this.stems) {
            if (stem.length() < 2 || stem.charAt(0) >= ASCII || stem.charAt(1) >= ASCII) {
                always = true;
            } else {
                int pair = stem.charAt(0) * ASCII + stem.charAt(1);
                openingPairs[pair / Long.SIZE] |= 1L << (pair % Long.SIZE);
            }
        }
        this.searchAlways = always;
    }

    /** The stems, searched in the order given. */
    public static Stems of(String... stems) {
        return new Stems(List.of(stems));
    }

    /** The stems, searched in the order given. */
    public static Stems of(List<String> stems) {
        return new Stems(stems);
    }

    /** True when {@code text} contains one of the stems. */
    public boolean foundIn(String text) {
        if (!searchAlways && !holdsOpeningPair(text)) {
            return false;
        }
        for (String stem : stems) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsOpeningPair(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (a < ASCII && b < ASCII) {
                int pair = a * ASCII + b;
                if ((openingPairs[pair / Long.SIZE] & 1L << (pair % Long.SIZE)) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
