package dev.pith.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import dev.pith.model.Block;
import dev.pith.model.Image;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relative image URLs become absolute whenever the page's address is known. */
class BaseUrlTest {

    private static final String STORY = "<p>The harbour reopened on Monday after a month of repairs to the old sea wall,"
            + " and the first boats were back in the water before noon, the harbour master said.</p>"
            + "<img src=\"%s\" width=\"600\" height=\"400\" alt=\"The wall\">"
            + "<p>The fish market opens again on Tuesday morning, two weeks earlier than the town had planned for.</p>";

    private static List<Image> images(String head, String src, String url) {
        String page = "<html><head>" + head + "</head><body><article><h1>Harbour reopens</h1>"
                + STORY.formatted(src) + "</article></body></html>";
        List<Block> body = Pith.extract(page, url).body();
        return body.stream().filter(Image.class::isInstance).map(Image.class::cast).toList();
    }

    @Test
    void theCanonicalLinkResolvesAPageReadWithoutItsUrl() {
        assertThat(images("<link rel=\"canonical\" href=\"https://news.example/2024/harbour\">", "img/wall.jpg", null))
                .extracting(Image::src).containsExactly("https://news.example/2024/img/wall.jpg");
    }

    @Test
    void ogUrlServesWhenThereIsNoCanonicalLink() {
        assertThat(images("<meta property=\"og:url\" content=\"https://news.example/2024/harbour\">", "/wall.jpg", null))
                .extracting(Image::src).containsExactly("https://news.example/wall.jpg");
    }

    @Test
    void aRelativeBaseHrefResolvesAgainstTheDeclaredUrl() {
        String head = "<base href=\"/static/\"><link rel=\"canonical\" href=\"https://news.example/2024/harbour\">";

        assertThat(images(head, "wall.jpg", null)).extracting(Image::src)
                .containsExactly("https://news.example/static/wall.jpg");
    }

    @Test
    void theGivenUrlWinsOverTheDeclaredOne() {
        assertThat(images("<link rel=\"canonical\" href=\"https://mirror.example/x\">", "wall.jpg",
                "https://news.example/2024/harbour")).extracting(Image::src)
                .containsExactly("https://news.example/2024/wall.jpg");
    }

    @Test
    void withoutAnyAddressTheUrlStaysAsWritten() {
        assertThat(images("", "img/wall.jpg", null)).extracting(Image::src).containsExactly("img/wall.jpg");
    }

    @Test
    void resolveAnswersEmptyForWhatIsNotAUrl() {
        assertThat(BaseUrl.resolve("not a url", "x.jpg")).isEmpty();
        assertThat(BaseUrl.resolve("https://a.example/b/c", "//cdn.example/p.jpg")).isEqualTo("https://cdn.example/p.jpg");
    }
}
