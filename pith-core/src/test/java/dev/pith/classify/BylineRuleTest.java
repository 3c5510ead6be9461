package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.page;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineRuleTest {

    @Test
    void aDateInFiguresAloneGoes() {
        String html = page("de", "<div>27.10.2021</div>" + PROSE + "<div>Stand: 27.10.2021, 14:35 Uhr</div>");
        assertThat(verdict(html, "27.10.2021")).isEqualTo("byline");
    }

    @Test
    void aDateInARowOfCellsIsData() {
        String table = "<table><tr><th>Month</th><th>Change</th></tr><tr><td>1/1/2013</td><td>+13.1%</td></tr>"
                + "<tr><td>2/1/2013</td><td>+12.9%</td></tr><tr><td>7 May 1856</td><td>+9.9%</td></tr></table>";
        String html = page("en", PROSE + table + PROSE);
        assertThat(verdict(html, "1/1/2013")).isEmpty();
        assertThat(verdict(html, "7 May 1856")).isEmpty();
    }

    @Test
    void aDateAmongFiguresOfAPhraseStays() {
        String html = page("de", PROSE + "<p>12.3 Prozent mehr als 2020</p>" + PROSE);
        assertThat(verdict(html, "12.3 Prozent")).isEmpty();
    }

    @Test
    void aDateLineOpeningWithALabelOfAnyLanguageGoes() {
        String html = page("", PROSE + "<div>Letzte Aktualisierung: 20.03.2004</div><div>Actualizado el 12/05/2003</div>"
                + "<div>Joined: 12 Mar 2004</div>");
        assertThat(verdict(html, "Letzte Aktualisierung")).isEqualTo("byline");
        assertThat(verdict(html, "Joined")).isEqualTo("byline");
        assertThat(verdict(html, "Actualizado el")).isEqualTo("byline");
    }

    @Test
    void aLabelWithoutAFigureOrInALongSentenceStays() {
        String html = page("es", PROSE + "<p>Actualizado el menú</p><p>Publicado por primera vez en 1998, el libro se"
                + " vendió en todas las librerías del país durante muchos años.</p>" + PROSE);
        assertThat(verdict(html, "Actualizado el")).isEmpty();
        assertThat(verdict(html, "Publicado por primera")).isEmpty();
    }

    @Test
    void theBylinesOfAListsEntriesStay() {
        StringBuilder entries = new StringBuilder();
        for (String[] e : new String[][] {{"Harbour wall approved", "Anna Berger"}, {"Ferry times change", "Tom Reid"},
                {"New lifeboat arrives", "Jane Doe"}, {"Market moves to the quay", "Ali Khan"}}) {
            entries.append("<div class=entry><h3><a href=/").append(e[1].length()).append('>').append(e[0])
                    .append("</a></h3><p>By ").append(e[1]).append("</p><p>A short summary of the story.</p></div>");
        }
        String html = "<html><body><div class=list>" + entries + "</div></body></html>";
        assertThat(verdict(html, "By Tom Reid")).isEmpty();
    }
}
