package dev.pith.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Old pages with no charset declared and bytes that are not UTF-8. */
class LegacyFallbackTest {

    private static final String POLISH = "Wczoraj w Łodzi odbyło się posiedzenie rady miasta, na którym radni "
            + "rozmawiali o budżecie. Według przewodniczącego wydatki na oświatę wzrosną, może o dziesięć procent.";
    private static final String CZECH = "Včera se v Brně konalo zasedání městské rady, na kterém se mluvilo o rozpočtu "
            + "na příští rok. Podle předsedy porostou výdaje na školství o deset procent.";
    private static final String TURKISH = "Dün İstanbul'da yapılan toplantıda belediye meclisi gelecek yılın bütçesini "
            + "görüştü. Başkana göre eğitim harcamaları yüzde on artacak.";
    private static final String GERMAN = "Gestern wurde in München über die Zukunft der Straßenbahn gesprochen. "
            + "Die Bürger äußerten große Sorgen über höhere Preise – „zu teuer“, sagten viele.";
    private static final String FRENCH = "L’équipe a présenté hier à Besançon un projet très ambitieux : « c’est "
            + "l’œuvre d’une génération », a déclaré le maître d’œuvre, à côté de l’hôtel de ville.";
    private static final String SPANISH = "¿Qué pasó ayer en Logroño? ¡La señora Muñoz ganó el año pasado! "
            + "El niño pidió más información sobre la canción.";

    static Stream<Arguments> declaredLanguages() {
        return Stream.of(
                Arguments.of("pl", POLISH, "windows-1250"),
                Arguments.of("pl", POLISH, "ISO-8859-2"),
                Arguments.of("cs", CZECH, "windows-1250"),
                Arguments.of("tr", TURKISH, "windows-1254"));
    }

    @ParameterizedTest
    @MethodSource("declaredLanguages")
    void declaredLanguageNamesTheLegacyEncoding(String language, String text, String charset) {
        byte[] page = page("<html lang=\"" + language + "\">", text, Charset.forName(charset));
        assertThat(HtmlDecoder.decode(page).html()).contains(text);
    }

    @Test
    void contentLanguageMetaIsADeclarationToo() {
        byte[] page = page("<html><meta http-equiv=\"Content-Language\" content=\"cs\">", CZECH,
                Charset.forName("windows-1250"));
        assertThat(HtmlDecoder.decode(page).html()).contains(CZECH);
    }

    @Test
    void aCountryDomainNamesTheEncodingWhenThePageDeclaresNoLanguage() throws IOException {
        byte[] page = page("<html>", CZECH, Charset.forName("windows-1250"));
        assertThat(read(page, "http://www.obec-example.cz/zpravy/index.html")).contains(CZECH);
        assertThat(read(page("<html>", TURKISH, Charset.forName("windows-1254")), "https://haber.example.com.tr/"))
                .contains(TURKISH);
        assertThat(read(page("<html>", GERMAN, Charset.forName("windows-1252")), "https://zeitung.example.de/a"))
                .contains(GERMAN);
    }

    @Test
    void aDomainWhoseScriptTheDetectorKnowsDoesNotOverruleIt() throws IOException {
        byte[] page = page("<html>", GERMAN, Charset.forName("windows-1252"));
        assertThat(read(page, "http://zeitung-example.ru/")).contains(GERMAN);
    }

    @Test
    void theDeclaredLanguageWinsOverTheDomain() throws IOException {
        byte[] page = page("<html lang=\"de\">", GERMAN, Charset.forName("windows-1252"));
        assertThat(read(page, "http://firma-example.pl/")).contains(GERMAN);
    }

    @Test
    void countryDomainIsTheHostsLastLabel() {
        assertThat(LegacyFallback.countryDomain("http://user@www.Example.CZ.:8080/x?y")).isEqualTo("cz");
        assertThat(LegacyFallback.countryDomain("not a url")).isEmpty();
        assertThat(LegacyFallback.countryDomain(null)).isEmpty();
    }

    @Test
    void undeclaredPolishIsReadFromItsLetters() {
        for (String charset : new String[] {"windows-1250", "ISO-8859-2"}) {
            byte[] page = page("<html>", POLISH, Charset.forName(charset));
            assertThat(HtmlDecoder.decode(page).html()).as(charset).contains(POLISH);
        }
    }

    @ParameterizedTest
    @MethodSource("westernTexts")
    void undeclaredWesternTextStaysWestern(String text) {
        byte[] page = page("<html>", text, Charset.forName("windows-1252"));
        assertThat(HtmlDecoder.decode(page).html()).contains(text);
    }

    static Stream<String> westernTexts() {
        return Stream.of(GERMAN, FRENCH, SPANISH);
    }

    @Test
    void aWesternLanguageDeclaredKeepsWindows1252() {
        byte[] page = page("<html lang=\"de-DE\">", GERMAN, Charset.forName("windows-1252"));
        assertThat(HtmlDecoder.decode(page).html()).contains(GERMAN);
    }

    @Test
    void declaredCharsetStillWinsOverTheLanguage() {
        byte[] page = page("<html lang=\"pl\"><meta charset=\"windows-1252\">", GERMAN, Charset.forName("windows-1252"));
        assertThat(HtmlDecoder.decode(page).html()).contains(GERMAN);
    }

    @Test
    void brokenWordsCountLettersInsideWordsOnly() {
        Charset western = Charset.forName("windows-1252");
        assertThat(LegacyFallback.brokenWords(POLISH.getBytes(Charset.forName("windows-1250")), western))
                .isGreaterThanOrEqualTo(LegacyFallback.MIN_BROKEN_WORDS);
        assertThat(LegacyFallback.brokenWords(FRENCH.getBytes(western), western)).isZero();
    }

    @Property
    void anyBytesGetAnEncoding(@ForAll byte[] bytes) {
        assertThat(LegacyFallback.choose(bytes, null, null)).isNotNull();
        assertThat(HtmlDecoder.decode(bytes).html()).isNotNull();
    }

    private static String read(byte[] page, String url) throws IOException {
        try (Reader reader = HtmlDecoder.reader(page, null, url)) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        }
    }

    private static byte[] page(String head, String text, Charset charset) {
        return (head + "<title>t</title><body><p>" + text + "</p></body></html>").getBytes(charset);
    }
}
