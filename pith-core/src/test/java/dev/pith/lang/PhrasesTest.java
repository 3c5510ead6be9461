package dev.pith.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    private static final Phrases PROMPTS = Phrases.of(List.of(
            "# a comment", "", "kommentare schreiben", "^weiterlesen", "=teilen", "订阅我们"));

    @Test
    void plainPhrasesAreFoundAtTheStartOfAWord() {
        assertThat(PROMPTS.matches(Phrases.normalize("Jetzt Kommentare schreiben!"))).isTrue();
        assertThat(PROMPTS.matches(Phrases.normalize("Unkommentare schreiben"))).isFalse();
    }

    @Test
    void markedPhrasesOpenOrMakeTheWholeText() {
        assertThat(PROMPTS.matches("weiterlesen 5 minuten")).isTrue();
        assertThat(PROMPTS.matches("bitte weiterlesen")).isFalse();
        assertThat(PROMPTS.matches("teilen:")).isTrue();
        assertThat(PROMPTS.matches("teilen sie ihre meinung")).isFalse();
    }

    @Test
    void phrasesMarkedForWordsAreFoundInsideCompounds() {
        Phrases compounds = Phrases.of(List.of("~newsletter"));
        assertThat(compounds.matches("schauen sie in unseren musiknewsletter!")).isTrue();
    }

    @Test
    void phrasesInAnyAlphabetStartAWord() {
        Phrases phrases = Phrases.of(List.of("подписаться", "ψηφίστε", "^Şimdi oku", "~σχόλια", "σχόλια"));
        assertThat(phrases.matches("можно подписаться здесь")).isTrue();
        assertThat(phrases.matches("переподписаться")).isFalse();
        assertThat(phrases.matches("ψηφίστε τώρα")).isTrue();
        assertThat(phrases.matches(Phrases.normalize("Şimdi oku"))).isTrue();
        assertThat(phrases.matches("ταχυσχόλια")).isTrue();
    }

    @Test
    void unspacedScriptsNeedNoWordBoundaries() {
        assertThat(PROMPTS.matches("欢迎订阅我们的频道")).isTrue();
    }

    @Test
    void normalisingFoldsCaseWidthAndTheSpaceBeforeAColon() {
        assertThat(Phrases.normalize("Catégorie : Actualités")).isEqualTo("catégorie: actualités");
        assertThat(Phrases.normalize("ＦＯＴＯ")).isEqualTo("foto");
    }

    @Test
    void labelsOpenATextBeforePunctuation() {
        Phrases credits = Phrases.of(List.of("foto", "quelle", "fot."));
        assertThat(credits.opensWithLabel("foto: dpa")).isTrue();
        assertThat(credits.opensWithLabel("(quelle: archiv)")).isTrue();
        assertThat(credits.opensWithLabel("fot. europol gaz")).isTrue();
        assertThat(credits.opensWithLabel("fotografie ist ein hobby")).isFalse();
        assertThat(credits.opensWithLabel("foto des tages")).isFalse();
    }

    @Test
    void labelsInsideATextNeedAColon() {
        Phrases credits = Phrases.of(List.of("foto"));
        assertThat(credits.labels("der hafen im januar. foto: jane doe")).isTrue();
        assertThat(credits.labels("ein foto vom hafen")).isFalse();
    }

    @Test
    void labelsMayHaveSpacesBeforeTheColonButMustStartAWord() {
        Phrases credits = Phrases.of(List.of("crédits photos", "^quelle", "=bild", "写真"));
        assertThat(credits.labels("la plage. crédits photos : x")).isTrue();
        assertThat(credits.labels("archiv (quelle: dpa)")).isTrue();
        assertThat(credits.labels("bild: x")).isTrue();
        assertThat(credits.labels("海の写真：共同")).isTrue();
        assertThat(credits.labels("musikquelle: radio")).isFalse();
        assertThat(credits.labels("zeit: 12:30, bild")).isFalse();
        assertThat(credits.labels("bild. : x")).isFalse();
    }

    @Test
    void phrasesSharingAnInitialAreTellApartByTheirSecondCharacter() {
        Phrases p = Phrases.of(List.of("share", "sign up", "ø", "©", "點擊"));
        assertThat(p.matches("please sign up today")).isTrue();
        assertThat(p.matches("shop now")).isFalse();
        assertThat(p.matches("x ø")).isTrue(); // a phrase one letter long, at the end of the text
        assertThat(p.matches("© 2020 x")).isTrue();
        assertThat(p.matches("a©b")).isFalse(); // a symbol in a spaced script starts a word too
        assertThat(p.matches("請點擊這裡")).isTrue();
    }

    @Test
    void turkishDottedCapitalIMatchesI() {
        assertThat(Phrases.normalize("İlgili Haberler")).isEqualTo("ilgili haberler");
    }
}
