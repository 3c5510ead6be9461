package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.pith.model.Metadata;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Bad input gives empty fields or a best effort, never an exception. */
class HostileInputTest {

    private static Metadata extract(String html) {
        return MetadataExtractorTest.extract(html);
    }

    @Test
    void tenThousandMetaTags() {
        StringBuilder sb = new StringBuilder("<html><head>");
        for (int i = 0; i < 10_000; i++) {
            sb.append("<meta name=\"author\" content=\"Person ").append(i).append("\">")
              .append("<meta property=\"article:published_time\" content=\"20").append(i % 100).append("-01-01\">");
        }
        sb.append("<title>Many metas</title></head><body></body></html>");
        Metadata m = extract(sb.toString());
        assertThat(m.title()).isEqualTo("Many metas");
    }

    @Test
    void absurdDates() {
        String html = """
            <html><head>
            <meta property="article:published_time" content="0000-00-00T00:00:00Z">
            <meta name="date" content="9999-99-99">
            <meta name="pubdate" content="31 Febtober 20222">
            <meta name="dc.date" content="2999-01-01">
            <script type="application/ld+json">{"@type":"Article","datePublished":"1900-01-01","dateModified":-1}</script>
            </head><body><time datetime="1970-01-01T00:00:00Z">epoch</time></body></html>""";
        Metadata m = extract(html);
        assertThat(m.published()).isEmpty();
        assertThat(m.modified()).isEmpty();
    }

    @Test
    void malformedAndHostileJsonLd() {
        String deep = "[".repeat(50_000);
        String html = "<html><head>"
                + "<script type=\"application/ld+json\">" + deep + "</script>"
                + "<script type=\"application/ld+json\">{\"@type\": </script>"
                + "<script type=\"application/ld+json\">null</script>"
                + "<script type=\"application/ld+json\">{\"@type\":{\"x\":1},\"author\":{\"@id\":\"#loop\"},\"@id\":\"#loop\"}</script>"
                + "<script type=\"application/ld+json\">\"just a string\"</script>"
                + "</head><body></body></html>";
        assertThatCode(() -> extract(html)).doesNotThrowAnyException();
        assertThat(extract(html).authors()).isEmpty();
    }

    @Test
    void mixedUpEncodingsInAttributes() {
        String html = """
            <html lang="Ã©n"><head>
            <meta name="author" content="JosÃ© Ã\u0081lvarez \uFFFD\uFFFD">
            <meta property="og:title" content="CafÃ© \uFFFD menu">
            <meta property="article:published_time" content="2022â€‘09â€‘28">
            <meta property="og:image" content="ht tp://\u0000bad">
            </head><body></body></html>""";
        Metadata m = extract(html);
        assertThat(m.title()).isEqualTo("CafÃ© \uFFFD menu");
        assertThat(m.language()).isEmpty();
        assertThat(m.published()).isEmpty();
    }

    @Test
    void binaryGarbage() {
        byte[] bytes = new byte[50_000];
        new Random(42).nextBytes(bytes);
        String garbage = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThatCode(() -> extract(garbage)).doesNotThrowAnyException();
    }

    @Test
    void hugeBylineAndTitle() {
        String big = "word ".repeat(100_000);
        String html = "<html><head><title>" + big + "</title><meta name=\"author\" content=\"" + big + "\"></head>"
                + "<body class=\"author-page\"><h1>" + big + "</h1><div class=\"byline\">" + big + "</div></body></html>";
        Metadata m = extract(html);
        assertThat(m.authors()).isEmpty();
    }

    @Property(tries = 300)
    void anyMarkupIsSafe(@ForAll @StringLength(max = 400) String noise) {
        String html = "<html><head><meta name=\"author\" content=\"" + noise + "\">"
                + "<script type=\"application/ld+json\">" + noise + "</script><title>" + noise + "</title></head>"
                + "<body><h1>" + noise + "</h1><p class=\"byline\">" + noise + "</p><time datetime=\"" + noise + "\">"
                + noise + "</time></body></html>";
        assertThatCode(() -> extract(html)).doesNotThrowAnyException();
    }
}
