package dev.pith.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
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

    @Test
    void findsStemsInNamesOfAnyCase() {
        Stems stems = Stems.of("share", "comment");
        assertThat(stems.foundInLowerCased("Post-SHARE-bar")).isTrue();
        assertThat(stems.foundInLowerCased("CommentList")).isTrue();
        assertThat(stems.foundInLowerCased("ArticleBody")).isFalse();
        assertThat(stems.foundInLowerCased("")).isFalse();
    }

    @Property(tries = 1000)
    void answersInAnyCaseAsLowerCasingFirstDoes(@ForAll("mixedCaseNames") String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(Stems.of(WORDS).foundInLowerCased(text)).isEqualTo(Stems.of(WORDS).foundIn(lower));
        List<String> ascii = WORDS.subList(0, 4);
        assertThat(Stems.of(ascii).foundInLowerCased(text)).isEqualTo(Stems.of(ascii).foundIn(lower));
    }

    @Test
    void reportsEveryFamilyFoundInOneScan() {
        Stems stems = Stems.families(List.of(List.of("comment"), List.of("article-body"), List.of("share", "nav-")));
        assertThat(stems.familiesInLowerCased("Article-Body Share-Bar")).isEqualTo(0b110);
        assertThat(stems.familiesInLowerCased("comment-list")).isEqualTo(0b001);
        assertThat(stems.familiesInLowerCased("hero")).isZero();
    }

    @Property(tries = 1000)
    void familiesAreThoseEachFamilyFindsAlone(@ForAll("mixedCaseNames") String text) {
        List<List<String>> families = List.of(List.of("share", "nav-"), List.of("ad-slot", "comment"), List.of("é-tag", "x"));
        int expected = 0;
        for (int f = 0; f < families.size(); f++) {
            expected |= Stems.of(families.get(f)).foundInLowerCased(text) ? 1 << f : 0;
        }
        assertThat(Stems.families(families).familiesInLowerCased(text)).isEqualTo(expected);
        assertThat(Stems.families(families.subList(0, 2)).familiesInLowerCased(text)).isEqualTo(expected & 0b11);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("sharenv-dlotcmé_gx ").ofMaxLength(24);
    }

    /** Names in both cases, with the characters whose lower case is special (İ, Σ, the Kelvin sign). */
    @Provide
    Arbitrary<String> mixedCaseNames() {
        return Arbitraries.strings().withChars("sharenv-dlotcmé_gxSHARENVDLOTCMÉİΣ\u212A ").ofMaxLength(24);
    }
}
