package dev.pith.lang;

import dev.pith.util.Chars;
import java.text.Normalizer;
import java.util.BitSet;

/**
 * NFKC for the texts rules compare, answering most non-ASCII text without the JDK's Unicode
 * normaliser: the accented Latin, Greek and Cyrillic letters and typographic punctuation of
 * European text are already NFKC, and running the normaliser's quick check on every block of
 * such pages costs little time but makes its largest method hot, which the JIT then compiles
 * (and recompiles) at a cost of seconds of compiler time per run.
 */
final class NfkcText {

    /**
     * Characters that NFKC leaves as they are and that never combine with the character before
     * them (no combining marks), as first and last code point of each range: a text of these and
     * ASCII is in NFKC. Left out are the compatibility characters among them (ª ² ½ ĳ ſ …, the
     * ellipsis, the no-break hyphen). {@code NfkcTextTest} checks every range against the JDK.
     */
    static final int[][] STABLE_RANGES = {
        {0x00A1, 0x00A7}, {0x00A9, 0x00A9}, {0x00AB, 0x00AE}, {0x00B0, 0x00B1}, {0x00B6, 0x00B7},
        {0x00BB, 0x00BB}, {0x00BF, 0x0131}, {0x0134, 0x013E}, {0x0141, 0x0148}, {0x014A, 0x017E},
        {0x0180, 0x01C3}, {0x01CD, 0x01F0}, {0x01F4, 0x02AF}, {0x0386, 0x0386}, {0x0388, 0x03CF},
        {0x0400, 0x0482}, {0x048A, 0x052F}, {0x2010, 0x2010}, {0x2012, 0x2016}, {0x2018, 0x2023},
        {0x2030, 0x2032},
    };

    private static final BitSet STABLE = new BitSet();

    static {
        for (int[] range : STABLE_RANGES) {
            STABLE.set(range[0], range[1] + 1);
        }
    }

    private NfkcText() {
    }

    /** The text in NFKC: itself when it is in NFKC already, which most texts are. */
    static String normalize(String text) {
        return isStable(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** True when every character is ASCII or in {@link #STABLE_RANGES}. */
    static boolean isStable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= Chars.ASCII_END && !STABLE.get(c)) {
                return false;
            }
        }
        return true;
    }
}
