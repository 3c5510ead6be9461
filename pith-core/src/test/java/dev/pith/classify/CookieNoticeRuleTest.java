package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.lang.LanguageData;
import dev.pith.lang.PhraseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cookie notices: a word for cookies is the gate, the words of consent confirm; both are per-language data. */
class CookieNoticeRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "it", "nl", "pl", "pt"})
    void eachLanguageHasWordsOfConsent(String code) {
        assertThat(LanguageData.entries(code, PhraseKind.COOKIE_CONSENT.file())).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|This website uses cookies. By continuing to browse the site you agree to our use of cookies.",
        "de|Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten. Mit der Nutzung stimmen Sie dem zu.",
        "fr|Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez leur utilisation.",
        "es|Utilizamos cookies propias y de terceros. Si continúa navegando, consideramos que acepta su uso.",
        "it|Questo sito utilizza cookie tecnici. Proseguendo la navigazione accetti l'uso dei cookie.",
        "nl|Wij gebruiken cookies om de website te verbeteren. Ga je akkoord met het gebruik?",
        "pl|Używamy plików cookie. Korzystając ze strony, wyrażasz zgodę na ich użycie.",
        "pt|Utilizamos cookies para melhorar a sua experiência. Ao continuar, concorda com a sua utilização.",
        // banners that never write "cookie": the gate is the language's own word for them
        "ru|Мы используем куки, чтобы сайт работал лучше. Продолжая, вы соглашаетесь с этим.",
        "uk|Ми використовуємо кукі для роботи сайту. Продовжуючи перегляд, ви погоджуєтеся з цим.",
        "bg|Сайтът ни съхранява бисквитки на устройството ви. Продължавайки, вие се съгласявате с това.",
        "tr|Sitemiz çerez dosyaları saklar. Devam ederek bunu kabul etmiş olursunuz."})
    void aCookieNoticeGoesInItsLanguage(String code, String notice) {
        String html = page(code, PROSE + "<p>" + notice + "</p>" + PROSE);
        assertThat(verdict(html, notice.substring(0, 12))).isEqualTo("cookie-notice");
    }

    @Test
    void theLatinWordIsFoundInAnyCaseAndInsideCompounds() {
        String shouted = "THIS SITE USES COOKIES. BY CONTINUING YOU AGREE.";
        String compound = "Wir verwenden Tracking-Cookies. Mit der Nutzung stimmen Sie dem zu.";
        String html = page("de", PROSE + "<p>" + shouted + "</p><p>" + compound + "</p>" + PROSE);
        assertThat(verdict(html, "THIS SITE USES")).isEqualTo("cookie-notice");
        assertThat(verdict(html, "Wir verwenden Tracking")).isEqualTo("cookie-notice");
    }

    @Test
    void aRecipeSentenceInTheLanguagesOwnWordStays() {
        String html = page("bg", PROSE + "<p>Печете бисквитките дванадесет минути, докато краищата станат златисти.</p>" + PROSE);
        assertThat(verdict(html, "Печете бисквитките")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "uk", "bg", "tr"})
    void languagesWithTheirOwnWordListItBesideTheLatinOne(String code) {
        assertThat(LanguageData.entries(code, PhraseKind.COOKIE_WORD.file())).contains("~cookie").hasSizeGreaterThan(1);
    }

    @Test
    void aRecipeSentenceAboutCookiesStays() {
        String html = page("en", PROSE + "<p>Bake the cookies for twelve minutes, until the edges turn golden.</p>"
                + "<p>Die Cookies zwölf Minuten backen, bis die Ränder goldbraun sind.</p>" + PROSE);
        assertThat(verdict(html, "Bake the cookies")).isEmpty();
        assertThat(verdict(html, "Die Cookies")).isEmpty();
    }

    @Test
    void aLongBrowserGuideAboutCookiesStays() {
        String guide = "To clear cookies in your browser, open the settings menu and choose privacy. "
                .repeat(CookieNoticeRule.MAX_WORDS / 10)
                + "There you can accept or block cookies for each site you consent to.";
        String html = page("en", PROSE + "<p>" + guide + "</p>" + PROSE);
        assertThat(verdict(html, "To clear cookies")).isEmpty();
    }
}
