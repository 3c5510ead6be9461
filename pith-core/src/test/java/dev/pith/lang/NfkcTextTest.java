package dev.pith.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NfkcTextTest {

    private static List<Character> stable() {
        List<Character> chars = new ArrayList<>();
        for (int[] range : NfkcText.STABLE_RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                chars.add((char) c);
            }
        }
        return chars;
    }

    private static boolean isNfkc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC);
    }

    @Test
    void everyStableCharacterIsNfkcAndNoCombiningMark() {
        for (char c : stable()) {
            int type = Character.getType(c);
            assertThat(isNfkc(String.valueOf(c))).as("U+%04X", (int) c).isTrue();
            assertThat(type).as("U+%04X", (int) c).isNotIn((int) Character.NON_SPACING_MARK,
                    (int) Character.COMBINING_SPACING_MARK, (int) Character.ENCLOSING_MARK);
        }
    }

    // Composition joins neighbours: every pair of stable characters, and of ASCII with them, must stay NFKC too.
    @Test
    void stableCharactersStayNfkcNextToEachOtherAndToAscii() {
        List<Character> others = new ArrayList<>(stable());
        for (char c = ' '; c < 0x7F; c++) {
            others.add(c);
        }
        int wrong = 0;
        for (char a : stable()) {
            for (char b : others) {
                if (!isNfkc("" + a + b) || !isNfkc("" + b + a)) {
                    wrong++;
                }
            }
        }
        assertThat(wrong).isZero();
    }

    @Test
    void compatibilityCharactersAreStillNormalised() {
        assertThat(NfkcText.isStable("Überschrift – Straße “ÉTÉ” Россия")).isTrue();
        assertThat(NfkcText.isStable("ﬁnance")).isFalse();
        assertThat(NfkcText.normalize("ﬁnance ½ Ｎｅｗｓ…")).isEqualTo("finance 1⁄2 News...");
        assertThat(NfkcText.normalize("Cafe\u0301")).isEqualTo("Café");
    }
}
