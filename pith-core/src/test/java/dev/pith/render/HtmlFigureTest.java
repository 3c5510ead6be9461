package dev.pith.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Article;
import dev.pith.model.Block;
import dev.pith.model.Caption;
import dev.pith.model.Image;
import dev.pith.model.Metadata;
import dev.pith.model.Paragraph;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A figcaption in the HTML output always sits inside a figure, as HTML requires. */
class HtmlFigureTest {

    private static Document html(Block... body) {
        String out = new HtmlRenderer().render(new Article("", Metadata.builder().build(), List.of(body)));
        return Jsoup.parse(out);
    }

    @Test
    void anImageAndItsCaptionMakeOneFigure() {
        Document doc = html(new Paragraph("Before."), new Image("https://x.example/p.jpg", "A harbour"),
                new Caption("The harbour at dawn."), new Paragraph("After."));

        Element figure = doc.selectFirst("article > figure");
        assertThat(figure).isNotNull();
        assertThat(figure.children().eachAttr("src")).containsExactly("https://x.example/p.jpg");
        assertThat(figure.select("figcaption").eachText()).containsExactly("The harbour at dawn.");
        assertThat(doc.select("article > p").eachText()).containsExactly("Before.", "After.");
    }

    @Test
    void aCaptionWithoutItsImageStillHasAFigure() {
        Document doc = html(new Paragraph("Text."), new Caption("A caption."), new Caption("Photo: Ann Lee"));

        assertThat(doc.select("figcaption")).hasSize(1);
        assertThat(doc.select("figcaption").first().parent().normalName()).isEqualTo("figure");
        assertThat(doc.selectFirst("figcaption").text()).isEqualTo("A caption. Photo: Ann Lee");
        assertThat(doc.select("figcaption br")).as("one line each").hasSize(1);
    }

    @Test
    void anImageWithoutCaptionStaysAPlainImage() {
        Document doc = html(new Image("https://x.example/p.jpg", ""), new Paragraph("Text."));

        assertThat(doc.select("figure")).isEmpty();
        assertThat(doc.select("article > img")).hasSize(1);
    }

    @Test
    void everyFigcaptionOfAnExtractedPageIsInsideAFigure() {
        String page = "<html><body><article><h1>Harbour news</h1>"
                + "<p>The harbour reopened on Monday after a month of repairs to the old sea wall and its gates.</p>"
                + "<figure><img src=\"/p.jpg\" width=\"600\" height=\"400\" alt=\"The wall\">"
                + "<figcaption>The repaired wall.</figcaption></figure>"
                + "<p>Boats were back in the water by noon, and the fish market opened again the next morning.</p>"
                + "</article></body></html>";
        Document doc = Jsoup.parse(dev.pith.Pith.render(dev.pith.Pith.extract(page, "https://x.example/news/1"),
                Format.HTML));

        assertThat(doc.select("figcaption")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.parent().normalName()).isEqualTo("figure"));
    }
}
