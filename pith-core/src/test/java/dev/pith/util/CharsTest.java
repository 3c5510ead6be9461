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

    // The fast paths must answer as Character does for every char, ASCII or not.
    @Test
    void everyCharIsClassedAsCharacterClassesIt() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(Chars.isWhitespace(c)).as("white space %04x", i).isEqualTo(Character.isWhitespace(c));
            assertThat(Chars.isLetterOrDigit(c)).as("letter or digit %04x", i).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(Chars.isLetter(c)).as("letter %04x", i).isEqualTo(Character.isLetter(c));
            assertThat(Chars.isDigit(c)).as("digit %04x", i).isEqualTo(Character.isDigit(c));
            assertThat(Chars.isUpperCase(c)).as("upper case %04x", i).isEqualTo(Character.isUpperCase(c));
            assertThat(Chars.isLowerCase(c)).as("lower case %04x", i).isEqualTo(Character.isLowerCase(c));
            assertThat(Chars.toLowerCase(c)).as("lower-cased %04x", i).isEqualTo(Character.toLowerCase(c));
        }
    }

    // The ASCII fast path must answer as String.regionMatches ignoring case, wherever the texts leave ASCII.
    @Test
    void startsWithIgnoreCaseAnswersAsRegionMatches() {
        String[] texts = {"Published on", "PUBLISHED", "published", "Pub", "", "  Posted by", "Zveřejněno 3.",
            "ZVEŘEJNĚNO", "\u212Aelvin", "ſo", "Iı İi", "Опубликовано", "éDITÉ"};
        String[] prefixes = {"published", "pub", "posted", "zveřejněno", "kelvin", "so", "ii", "опубликовано", "édité", "", "x"};
        for (String text : texts) {
            for (String prefix : prefixes) {
                for (int at = -1; at <= text.length() + 1; at++) {
                    assertThat(Chars.startsWithIgnoreCase(text, at, prefix)).as("%s at %d: %s", text, at, prefix)
                            .isEqualTo(text.regionMatches(true, at, prefix, 0, prefix.length()));
                }
            }
        }
    }
}
