package dev.pith.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fixed list of lower-case stems, and the question "does this text contain any of them?".
 *
 * <p>Rules ask it of every class name and id on a page, and most names contain none. A bit per
 * pair of ASCII characters that begins a stem lets most texts be rejected in one scan, without
 * a substring search per stem; only texts holding such a pair are searched stem by stem, so the
 * answer is always that of the plain search. Stems too short or not ASCII are searched always.
 */
public final class Stems {

    private static final int ASCII = 128;

    /** Stems of two ASCII characters or more: searched only when the text holds an opening pair. */
    private final List<String> paired;
    /** Shorter or non-ASCII stems ("©"): searched in every text. */
    private final List<String> unpaired;
    /** Bit {@code a * 128 + b}: some paired stem starts with the characters {@code a b}. */
    private final long[] openingPairs = new long[ASCII * ASCII / Long.SIZE];

    private Stems(List<String> stems) {
        List<String> withPair = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (String stem : stems) {
            if (stem.length() < 2 || stem.charAt(0) >= ASCII || stem.charAt(1) >= ASCII) {
                without.add(stem);
            } else {
                withPair.add(stem);
                int pair = stem.charAt(0) * ASCII + stem.charAt(1);
                openingPairs[pair / Long.SIZE] |= 1L << (pair % Long.SIZE);
            }
        }
        this.paired = List.copyOf(withPair);
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
        return containsAny(text, unpaired) || holdsOpeningPair(text) && containsAny(text, paired);
    }

    /**
     * The answer of {@code foundIn(text.toLowerCase(Locale.ROOT))}, without lower-casing the
     * text when its ASCII letters, folded in place, hold no opening pair: class names and ids
     * come in any case, and most hold none.
     */
    public boolean foundInLowerCased(String text) {
        if (unpaired.isEmpty() && isAsciiWithoutOpeningPair(text)) {
            return false;
        }
        return foundIn(text.toLowerCase(Locale.ROOT));
    }

    /** True when the text is ASCII and, upper case folded to lower, holds no opening pair. */
    private boolean isAsciiWithoutOpeningPair(String text) {
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ASCII) {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            int pair = previous * ASCII + c;
            if (i > 0 && (openingPairs[pair / Long.SIZE] & 1L << (pair % Long.SIZE)) != 0) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean containsAny(String text, List<String> stems) {
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
