package dev.pith.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import dev.pith.model.Block;
import dev.pith.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the JSON-LD {@code articleBody} stands in for the body, and when the visible article stays. */
class EmbeddedBodyTest {

    private static String words(String word, int n) {
        return (word + " ").repeat(n).trim() + ".";
    }

    private static String jsonLd(String body) {
        return "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body + "\"}";
    }

    private static final List<Block> EMPTY = List.of();

    @Test
    void anEmptyShellGivesWayToTheArticleBody() {
        assertThat(EmbeddedBody.orFallback(EMPTY, List.of(jsonLd(words("story", 80)))))
                .containsExactly(new Paragraph(words("story", 80)));
    }

    @Test
    void aBlockRepeatedAsItIsStillCountsAsTheOneBody() {
        String block = jsonLd(words("story", 80));

        assertThat(EmbeddedBody.orFallback(EMPTY, List.of(block, block))).hasSize(1);
    }

    // A feed or listing page describing each of its teasers with its own JSON-LD block.
    @Test
    void severalDifferentBodiesAreAFeedAndNoneIsThePagesBody() {
        assertThat(EmbeddedBody.orFallback(EMPTY, List.of(jsonLd(words("first", 80)), jsonLd(words("second", 90)))))
                .isEmpty();
    }

    // A short news brief: 30 visible words, and a data body not even three times as long.
    @Test
    void aShortVisibleArticleStaysWhenTheDataIsNotMuchLonger() {
        List<Block> dom = List.of(new Paragraph(words("brief", 30)));

        assertThat(EmbeddedBody.orFallback(dom, List.of(jsonLd(words("story", 70))))).isSameAs(dom);
    }

    @Test
    void aTeaserLineGivesWayToAMuchLongerBody() {
        List<Block> dom = List.of(new Paragraph(words("teaser", 10)));

        assertThat(EmbeddedBody.orFallback(dom, List.of(jsonLd(words("story", 200)))))
                .containsExactly(new Paragraph(words("story", 200)));
    }

    @Test
    void fiftyThousandJsonLdBlocksDoNotReplaceTheVisibleArticle() {
        String visible = "The harbour reopened on Monday after a month of repairs to the old sea wall,"
                + " and the first boats were back in the water before noon, the harbour master said.";
        StringBuilder page = new StringBuilder("<html><head><title>Harbour reopens</title>");
        for (int i = 0; i < 50_000; i++) {
            page.append("<script type=\"application/ld+json\">")
                    .append(jsonLd("Story " + i + " " + words("data", 70))).append("</script>\n");
        }
        page.append("</head><body><article><h1>Harbour reopens</h1><p>").append(visible)
                .append("</p></article></body></html>");

        assertThat(Pith.extract(page.toString(), null).text()).isEqualTo(visible);
    }
}
