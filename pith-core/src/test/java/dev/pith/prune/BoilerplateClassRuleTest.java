package dev.pith.prune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BoilerplateClassRuleTest {

    @Test
    void findsAFurniturePartBetweenSeparatorsInAnyCase() {
        assertThat(BoilerplateClassRule.hasFurniturePartLowerCased("post-Meta entry")).isTrue();
        assertThat(BoilerplateClassRule.hasFurniturePartLowerCased("hero\tADS")).isTrue();
        assertThat(BoilerplateClassRule.hasFurniturePartLowerCased("toc_wrapper")).isTrue();
    }

    @Test
    void aFurnitureWordInsideALongerPartIsNoPart() {
        assertThat(BoilerplateClassRule.hasFurniturePartLowerCased("metadata shadow")).isFalse();
        assertThat(BoilerplateClassRule.hasFurniturePartLowerCased("")).isFalse();
    }

    // Lower-casing "İ" makes two characters, which moves every later part: the folded search
    // must answer as the search of the lower-cased text does.
    @Test
    void answersAsTheSearchOfTheLowerCasedNames() {
        for (String names : List.of("İ-ad", "İad x", "Ä-share", "ß_nav", "Ad\u3000İ", "x\u00A0rss", "ŉ-Date", "K-toc")) {
            assertThat(BoilerplateClassRule.hasFurniturePartLowerCased(names)).as(names)
                    .isEqualTo(BoilerplateClassRule.hasFurniturePart(names.toLowerCase(Locale.ROOT)));
        }
    }
}
