package dev.pith.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.model.Article;
import dev.pith.model.Caption;
import dev.pith.model.Code;
import dev.pith.model.Heading;
import dev.pith.model.Image;
import dev.pith.model.ListBlock;
import dev.pith.model.Metadata;
import dev.pith.model.Paragraph;
import dev.pith.model.Quote;
import dev.pith.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {

    private final Article article = new Article("https://x.example/a",
            Metadata.builder().title("A \"quoted\" title").authors(List.of("Ann Lee")).published("2024-01-02").build(),
            List.of(new Heading(2, "Section"), new Paragraph("First <para> & more."),
                    new ListBlock(true, List.of("one", "two")), new Quote("Said so."),
                    new Code("x = 1\ny = 2", "python"), new Table(List.of(List.of("a", "b"), List.of("1", "2|3"))),
                    new Caption("A photo."), new Image("https://x.example/p.jpg", "alt text")));

    @Test
    void textSeparatesBlocksWithBlankLinesAndSkipsImages() {
        assertThat(Pith(Format.TEXT)).isEqualTo(
                "Section\n\nFirst <para> & more.\n\none\ntwo\n\nSaid so.\n\nx = 1\ny = 2\n\na | b\n1 | 2|3\n\nA photo.");
    }

    @Test
    void markdownHasFrontMatterAndStructure() {
        String md = Pith(Format.MARKDOWN);
        assertThat(md).startsWith("---\ntitle: \"A \\\"quoted\\\" title\"\n")
                .contains("authors:\n  - \"Ann Lee\"")
                .contains("## Section", "1. one\n2. two", "> Said so.", "```python\nx = 1\ny = 2\n```",
                        "| a | b |\n| --- | --- |\n| 1 | 2\\|3 |", "*A photo.*", "![alt text](https://x.example/p.jpg)");
    }

    @Test
    void htmlEscapesText() {
        String html = Pith(Format.HTML);
        assertThat(html).contains("<p>First &lt;para&gt; &amp; more.</p>", "<ol>\n<li>one</li>",
                "<pre><code class=\"language-python\">", "<title>A &quot;quoted&quot; title</title>");
    }

    @Test
    void jsonHasFieldsAndTypedBlocks() throws Exception {
        JsonNode n = new ObjectMapper().readTree(Pith(Format.JSON));
        assertThat(n.get("title").asText()).isEqualTo("A \"quoted\" title");
        assertThat(n.get("authors").get(0).asText()).isEqualTo("Ann Lee");
        assertThat(n.get("description").isNull()).isTrue();
        assertThat(n.get("blocks")).hasSize(8);
        assertThat(n.get("blocks").get(0).get("type").asText()).isEqualTo("heading");
        assertThat(n.get("blocks").get(5).get("rows").get(1).get(1).asText()).isEqualTo("2|3");
    }

    @Test
    void jsonGivesAnUnknownUrlAsNullLikeEveryAbsentField() throws Exception {
        Article noUrl = new Article("", article.metadata(), article.body());
        JsonNode n = new ObjectMapper().readTree(Renderer.of(Format.JSON).render(noUrl));
        assertThat(n.get("url").isNull()).isTrue();
        assertThat(new ObjectMapper().readTree(Pith(Format.JSON)).get("url").asText()).isEqualTo("https://x.example/a");
    }

    @Test
    void formatNamesParse() {
        assertThat(Format.parse("md")).isEqualTo(Format.MARKDOWN);
        assertThatThrownBy(() -> Format.parse("pdf")).hasMessageContaining("unknown format");
    }

    private String Pith(Format f) {
        return Renderer.of(f).render(article);
    }
}
