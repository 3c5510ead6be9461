package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.parse.HtmlParser;
import org.junit.jupiter.api.Test;

/** The JSON-LD a page's walk keeps is bounded in count and in characters, whatever the page holds. */
class JsonLdBoundsTest {

    private static final String SMALL = "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour reopens\"}";

    private static MetaReading read(String head) {
        return MetadataExtractor.read(HtmlParser.parse("<html><head>" + head + "</head><body></body></html>", ""), "");
    }

    private static String script(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void aBlockBeyondTheCharacterCapIsSkippedAndTheSmallOnesAfterItKept() {
        String huge = "{\"@type\":\"ItemList\",\"description\":\"" + "x".repeat(PageScan.MAX_JSON_LD_CHARS) + "\"}";
        MetaReading reading = read(script(huge) + script(SMALL));

        assertThat(reading.jsonLd()).containsExactly(SMALL);
        assertThat(reading.metadata().title()).isEqualTo("Harbour reopens");
    }

    @Test
    void fiftyThousandBlocksKeepOnlyTheFirstFew() {
        String head = script(SMALL).repeat(50_000);

        assertThat(read(head).jsonLd()).hasSize(PageScan.MAX_JSON_LD);
    }

    @Test
    void blocksWithinTheCapsAreAllKept() {
        assertThat(read(script(SMALL) + script(SMALL)).jsonLd()).containsExactly(SMALL, SMALL);
    }
}
