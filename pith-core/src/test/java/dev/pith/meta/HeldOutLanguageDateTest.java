package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Metadata;
import dev.pith.parse.HtmlParser;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole pages in languages other than English and German that state their date only on a
 * visible line, without any date markup: the labels and month names come from the language
 * data files, read by the same rules for every language.
 */
class HeldOutLanguageDateTest {

    private static final DateParser DATES = new DateParser(DateParser.EARLIEST, LocalDate.of(2026, 1, 1));

    private static final String LEAD = "<p>" + "Testo dell'articolo con parecchie parole per il corpo della pagina. ".repeat(6) + "</p>";

    /** A page whose date line closes the article, far from the headline. */
    private static String closingLine(String lang, String line) {
        return "<html lang=" + lang + "><body><article><h1>Headline</h1>" + LEAD + LEAD + "<div>" + line + "</div></article></body></html>";
    }

    /** A page whose date line stands under the headline. */
    private static String lineUnderHeadline(String lang, String line) {
        return "<html lang=" + lang + "><body><article><h1>Headline</h1><p class=info>" + line + "</p>" + LEAD + "</article></body></html>";
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        it | Pubblicato il 12 marzo 2024                  | 2024-03-12
        it | Pubblicato il 12 marzo 2024 da Mario Rossi   | 2024-03-12
        pt | Publicado em 12 de março de 2024             | 2024-03-12
        es | Publicado el martes, 12 de marzo de 2024     | 2024-03-12
        nl | Gepubliceerd op 12 maart 2024                | 2024-03-12
        pl | Opublikowano: 12 marca 2024 r.               | 2024-03-12
        fr | Publié le 12 mars 2024 à 10h30               | 2024-03-12
        """)
    void aLabelledDateLineClosingTheArticleDatesThePage(String lang, String line, String iso) {
        assertThat(extract(closingLine(lang, line)).date()).isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        it | martedì 12 marzo 2024         | 2024-03-12
        pt | 12 de março de 2024           | 2024-03-12
        nl | di 12 mrt 2024                | 2024-03-12
        pl | 12 marca 2024 r., 10:30       | 2024-03-12
        cs | Publikováno 12. března 2024   | 2024-03-12
        sv | Publicerad 12 mars 2024       | 2024-03-12
        da | Udgivet 12. marts 2024        | 2024-03-12
        ro | Publicat: marți, 12 martie 2024 | 2024-03-12
        tr | 12 Mart 2024 Salı             | 2024-03-12
        ru | Опубликовано 12 марта 2024 г. | 2024-03-12
        """)
    void aDateLineUnderTheHeadlineDatesThePage(String lang, String line, String iso) {
        assertThat(extract(lineUnderHeadline(lang, line)).date()).isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        it | Pubblicato da Mario Rossi
        pt | Publicado por João Silva
        pl | Opublikowano przez Jana Kowalskiego
        nl | Gepubliceerd door Jan de Vries
        """)
    void aPublicationLabelWithoutADateGivesNone(String lang, String line) {
        assertThat(extract(closingLine(lang, line)).date()).isEmpty();
        assertThat(extract(lineUnderHeadline(lang, line)).date()).isEmpty();
    }

    /** A line that only states an update, in the words of each language, dates the modification. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        nl | Laatst gewijzigd: 14 maart 2024
        pl | Data aktualizacji: 14.03.2024
        es | Actualizada el 14 de marzo de 2024
        fr | Dernière modification : 14 mars 2024
        it | Ultima modifica: 14/03/2024
        sv | Senast ändrad 14 mars 2024
        da | Sidst opdateret 14. marts 2024
        cs | Poslední aktualizace 14. 3. 2024
        ru | Последнее обновление: 14 марта 2024
        tr | Son güncelleme: 14 Mart 2024
        """)
    void anUpdateLineDatesTheModification(String lang, String line) {
        Metadata m = extract(lineUnderHeadline(lang, line));
        assertThat(m.modified()).isEqualTo("2024-03-14");
        assertThat(m.published()).isEmpty();
    }

    /** "Updated … | Published …": each date after its own label, whichever the site prints first. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Mis à jour le 14/03/2024 - Publié le 12/03/2024
        fr | Publié le 12 mars 2024, mis à jour le 14 mars 2024
        it | Aggiornato: 14/03/2024 - Pubblicato: 12/03/2024
        es | Actualizado 14/03/2024 10:30 h. Publicado 12/03/2024
        pl | Aktualizacja: 14.03.2024 - Opublikowano: 12.03.2024
        pt | Publicado em 12/03/2024 - 10:30 - Atualizado em 14/03/2024
        pt | postado em 12/03/2024 05:49 / atualizado em 14/03/2024 05:50
        nl | Laatst gewijzigd: 14 maart 2024 - Geplaatst: 12 maart 2024
        de | Aktualisiert am 14.03.2024 - Veröffentlicht am 12.03.2024
        en | Updated March 14, 2024 - Published March 12, 2024
        """)
    void aLineLabellingBothDatesGivesEachItsField(String lang, String line) {
        Metadata m = extract(lineUnderHeadline(lang, line));
        assertThat(m.published()).isEqualTo("2024-03-12");
        assertThat(m.modified()).isEqualTo("2024-03-14");
        assertThat(m.date()).isEqualTo("2024-03-12");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Updated 2 hours ago - Published March 12, 2024
        en | Republished with updated figures on March 12, 2024
        """)
    void aLineWithOneLabelledDateIsNoPair(String lang, String line) {
        // the first: the update has no date; the second: the update label sits inside the publication phrase
        PageScan page = PageScan.of(HtmlParser.parse("<p>x</p>", ""), "", DATES);
        assertThat(LabelledDates.of(page, line)).isNull();
    }
}
