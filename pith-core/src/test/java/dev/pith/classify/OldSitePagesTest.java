package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages shaped like those of older sites, end to end: table layouts with a menu column or row,
 * text in {@code <font>} and {@code <br><br>}, no semantic tags, no class names. The text must
 * come out whole, and the menu, side columns and footer must stay out.
 */
class OldSitePagesTest {

    /**
     * One fixture page and what its text must and must not hold.
     *
     * @param file      the page under {@code /old-sites/}
     * @param text      a phrase from the first and one from the last paragraph of the text
     * @param furniture phrases of the menu, side column and footer
     */
    record OldPage(String file, String[] text, String[] furniture) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<OldPage> pages() {
        return Stream.of(
                new OldPage("menu-column.html", new String[] {"The mill was built in 1791", "history of the valley"},
                        new String[] {"Photo gallery", "Copyright 2003"}),
                new OldPage("three-columns.html", new String[] {"Tomatoes want sun", "gives off the gas"},
                        new String[] {"Pests and diseases", "Greenhouse tips", "All rights reserved"}),
                new OldPage("short-news-in-rows.html", new String[] {"The club championship went", "Tickets are available"},
                        new String[] {"League results", "Junior section", "meets every Thursday"}),
                new OldPage("font-paragraphs.html", new String[] {"Das Dorf wird zum ersten Mal", "lebendigen Sportverein"},
                        new String[] {"Gästebuch", "Letzte Änderung"}),
                new OldPage("news-column.html", new String[] {"From November to March", "notice on the board"},
                        new String[] {"junior four won", "Registered charity", "Regattas"}),
                new OldPage("short-text-menu-row.html", new String[] {"Kaninchen sind gesellige Tiere", "mehrmals am Tag"},
                        new String[] {"Rassen", "Impressum"}),
                new OldPage("recipe-menu-column.html", new String[] {"Dieses Rezept stammt", "etwa 45 Minuten backen"},
                        new String[] {"Urlaubsfotos", "Neu auf der Seite"}),
                new OldPage("japanese-menu-column.html", new String[] {"三月になると", "今から楽しみです"},
                        new String[] {"掲示板", "All Rights Reserved"}),
                // the breadcrumb, link footer and copyright line in the text's own cell (EdgeFurnitureLines)
                new OldPage("link-footer-in-cell.html", new String[] {"Die Schmiede am Dorfplatz", "am Amboss gearbeitet"},
                        new String[] {"Chronik", "Nach oben", "2003 Heimatverein"}),
                new OldPage("back-to-index-body.html", new String[] {"After forty years", "logbooks of the keepers"},
                        new String[] {"Back to the index", "Last updated", "2001 Harbour News"}),
                new OldPage("club-news-date-footer.html", new String[] {"Am 14. März trafen sich", "Gemeinschaftsflächen kümmern"},
                        new String[] {"Druckversion", "zurück", "Letzte Aktualisierung", "Besucher seit"}),
                new OldPage("recipe-cell-footer.html", new String[] {"4 patatas medianas", "por los dos lados."},
                        new String[] {"Volver al índice", "Subir", "Actualizado el", "Libro de visitas"}),
                new OldPage("japanese-cell-footer.html", new String[] {"庭の白梅が咲きはじめました", "梅の実を干したい"},
                        new String[] {"トップへ戻る", "Copyright", "掲示板"}),
                new OldPage("forum-signatures.html", new String[] {"My roses were hit hard", "Roses are tough and will recover."},
                        new String[] {"Happy gardening from Devon", "visit my garden pages", "_____"}),
                new OldPage("blockquote-indent.html", new String[] {"The winter meeting was held", "automation of the lights"},
                        new String[] {"Back to the news page", "2001 The Lighthouse", "Members", "Webmaster"}),
                // must not fire: label and value lines, a linked title, a linked name and a photo credit stay
                new OldPage("label-value-lines.html", new String[] {"Harvest festival 2002", "The photo album",
                        "Opening hours\nSundays", "Entrance\nTwo pounds", "Photo: Anna Berger © 2002"},
                        new String[] {"Members"}));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void theTextComesOutWithoutTheMenuAndFooter(OldPage page) {
        String text = Pith.extract(read(page.file()), "").text();

        assertThat(text).contains(page.text());
        for (String furniture : page.furniture()) {
            assertThat(text).doesNotContain(furniture);
        }
    }

    private static String read(String file) {
        try (InputStream in = OldSitePagesTest.class.getResourceAsStream("/old-sites/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
