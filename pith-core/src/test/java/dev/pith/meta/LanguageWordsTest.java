package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per language of the word lists: a date written in words, a byline and an update line
 * as pages in that language print them, read through the data files.
 */
class LanguageWordsTest {

    private static final DateParser DATES = new DateParser(DateParser.EARLIEST, LocalDate.of(2026, 1, 1));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Published on March 12, 2020 at 10:00 | 2020-03-12 | Written by Jane Doe and John Roe | Jane Doe;John Roe | Last updated: 14 March 2020
        de | Veröffentlicht am 12. März 2020       | 2020-03-12 | Von Hans Meier und Anna Roth     | Hans Meier;Anna Roth | Aktualisiert am 14.03.2020
        fr | Publié le 3 mai 2021                  | 2021-05-03 | Par Loïc Le Clerc                | Loïc Le Clerc        | Mis à jour le 4 mai 2021
        es | Publicado el 3 de mayo de 2021        | 2021-05-03 | Por Ana García y Luis Pérez      | Ana García;Luis Pérez | Actualizado el 4 de mayo de 2021
        pt | Publicado em 3 de maio de 2021        | 2021-05-03 | Por João Silva e Maria Costa     | João Silva;Maria Costa | Atualizado em 4 de maio de 2021
        it | Pubblicato il 3 maggio 2021           | 2021-05-03 | Di Marco Rossi e Giulia Bianchi  | Marco Rossi;Giulia Bianchi | Aggiornato il 4 maggio 2021
        nl | Gepubliceerd op 3 mei 2021            | 2021-05-03 | Door Jan de Vries en Piet Jansen | Jan de Vries;Piet Jansen | Bijgewerkt op 4 mei 2021
        pl | Opublikowano 5 maja 2019              | 2019-05-05 | Autor: Jan Kowalski              | Jan Kowalski         | Zaktualizowano 6 maja 2019
        ru | Опубликовано 3 мая 2021 г.            | 2021-05-03 | Автор: Иван Петров               | Иван Петров          | Обновлено 4 мая 2021
        ja | 公開日 2021年5月3日                    | 2021-05-03 | 著者：山田太郎                     | 山田太郎              | 更新日 2021年5月4日
        zh | 发布时间：2021年5月3日                  | 2021-05-03 | 作者：张伟                        | 张伟                  | 更新时间：2021年5月4日
        hu | Közzétéve: 2021. május 3. 10:00        | 2021-05-03 | Szerző: Kovács Anna és Nagy Péter | Kovács Anna;Nagy Péter | Frissítve: 2021. máj. 4.
        cs | Publikováno 3. 6. 2009                | 2009-06-03 | Napsal Jan Novák                 | Jan Novák            | Aktualizováno 4. 6. 2009
        tr | Yayınlanma: 3 Mayıs 2021             | 2021-05-03 | Yazar: Ahmet Yılmaz ve Ayşe Kaya | Ahmet Yılmaz;Ayşe Kaya | Güncelleme: 4 Mayıs 2021
        sv | Publicerad 3 maj 2021                 | 2021-05-03 | Av Anna Svensson och Erik Berg   | Anna Svensson;Erik Berg | Uppdaterad 4 maj 2021
        da | Publiceret 3. maj 2021                | 2021-05-03 | Af Anne Jensen og Peter Hansen   | Anne Jensen;Peter Hansen | Opdateret 4. maj 2021
        """)
    void readsDatesBylinesAndUpdateLabels(String language, String dateLine, String iso, String byline, String names,
            String updateLine) {
        assertThat(DATES.find(dateLine, false)).contains(iso);
        assertThat(DateWords.PUBLISHED.matcher(dateLine).find()).isTrue();
        assertThat(AuthorNames.clean(byline).names()).containsExactly(names.split(";"));
        String updated = DATES.find(updateLine, false).orElseThrow();
        assertThat(VisibleSource.isUpdateLine(updateLine, updated)).isTrue();
        assertThat(VisibleSource.isUpdateLine(dateLine, iso)).isFalse();
        assertThat(WordLists.phrases("months", "5", language)).isNotEmpty();
    }
}
