package dev.pith.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void asciiTextIsAsciiAndAnythingAboveItIsNot() {
        assertThat(Chars.isAscii("")).isTrue();
        assertThat(Chars.isAscii("Read more: \t\n~\u007f")).isTrue();
        assertThat(Chars.isAscii("Weiterlesen \u00bb")).isFalse();
        assertThat(Chars.isAscii("caf\u00e9")).isFalse();
        assertThat(Chars.isAscii("\uff21")).isFalse();
    }

    // The shortcut callers take rests on this: no normalisation form changes ASCII text.
    @Test
    void everyAsciiCharIsItsOwnNormalForm() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Chars.ASCII_END; c++) {
            all.append(c);
        }
        String ascii = all.toString();
        for (Normalizer.Form form : Normalizer.Form.values()) {
            assertThat(Normalizer.normalize(ascii, form)).isEqualTo(ascii);
        }
    }
}
