package dev.pith.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void declaredTagsGiveTheirPrimarySubtag() {
        assertThat(Language.of("de-AT").code()).isEqualTo("de");
        assertThat(Language.of("pt_BR").code()).isEqualTo("pt");
        assertThat(Language.of(" EN ").code()).isEqualTo("en");
    }

    @Test
    void scriptsAndSpacingFollowTheLanguage() {
        assertThat(Language.of("zh-CN")).isEqualTo(new Language("zh", Script.HAN, false));
        assertThat(Language.of("ja").spaceSeparated()).isFalse();
        assertThat(Language.of("th").spaceSeparated()).isFalse();
        assertThat(Language.of("ko").spaceSeparated()).isTrue();
        assertThat(Language.of("ru").script()).isEqualTo(Script.CYRILLIC);
        assertThat(Language.of("pl").script()).isEqualTo(Script.LATIN);
    }

    @Test
    void blankOrMalformedTagsAreUnknown() {
        assertThat(Language.of(null)).isEqualTo(Language.UNKNOWN);
        assertThat(Language.of("")).isEqualTo(Language.UNKNOWN);
        assertThat(Language.of("{{lang}}")).isEqualTo(Language.UNKNOWN);
        assertThat(Language.of("x").isKnown()).isFalse();
    }
}
