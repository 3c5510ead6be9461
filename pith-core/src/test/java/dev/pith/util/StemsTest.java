package dev.pith.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StemsTest {

    private static final List<String> WORDS = List.of("share", "nav-", "ad-slot", "comment", "é-tag", "x");

    @Test
    void findsAStemAnywhereInTheText() {
        Stems stems = Stems.of("share", "nav-", "comment");
        assertThat(stems.foundIn("post-share-bar")).isTrue();
        assertThat(stems.foundIn("top-nav-menu")).isTrue();
        assertThat(stems.foundIn("commentary")).isTrue();
        assertThat(stems.foundIn("article-body")).isFalse();
        assertThat(stems.foundIn("")).isFalse();
    }

    @Test
    void stemsShorterThanAPairOrNotAsciiAreStillFound() {
        assertThat(Stems.of("©").foundIn("text © 2024")).isTrue();
        assertThat(Stems.of("x").foundIn("box")).isTrue();
        assertThat(Stems.of("é-tag").foundIn("un-é-tag")).isTrue();
    }

    @Property(tries = 1000)
    void answersAsThePlainSearchDoes(@ForAll("names") String text) {
        boolean plain = WORDS.stream().anyMatch(text::contains);
        assertThat(Stems.of(WORDS).foundIn(text)).isEqualTo(plain);
        List<String> ascii = WORDS.subList(0, 4);
        assertThat(Stems.of(ascii).foundIn(text)).isEqualTo(ascii.stream().anyMatch(text::contains));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("sharenv-dlotcmé_gx ").ofMaxLength(24);
    }
}
