package dev.pith.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.block.Segmenter;
import dev.pith.block.TextBlock;
import dev.pith.classify.Decision;
import dev.pith.model.Block;
import dev.pith.model.Mark;
import dev.pith.parse.HtmlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The links, bold and italic text of a kept block land on exactly the words the page marked. */
class InlineMarksTest {

    private static List<Block> assemble(String bodyHtml, String baseUrl) {
        List<TextBlock> blocks = Segmenter.segment(HtmlParser.parse("<body>" + bodyHtml + "</body>", "").body());
        return Assembler.assemble(blocks.stream().map(b -> new Decision(b, true, "")).toList(), baseUrl);
    }

    private static List<String> marked(Block block) {
        return block.marks().stream().map(m -> block.text().substring(m.start(), m.end())).toList();
    }

    @Test
    void marksFollowTheTextThroughCollapsedWhiteSpace() {
        Block p = assemble("<p>\n  The <a href=\"/x\">linked\n     words</a>  and <b> bold </b>here.</p>", "").get(0);

        assertThat(p.text()).isEqualTo("The linked words and bold here.");
        assertThat(marked(p)).containsExactly("linked words", "bold");
        assertThat(p.marks().get(0).href()).isEqualTo("/x");
    }

    @Test
    void relativeLinksResolveAgainstTheBase() {
        Block p = assemble("<p>Read <a href=\"../report\">the report</a>.</p>", "https://news.example/a/b/story").get(0);

        assertThat(p.marks()).containsExactly(new Mark(5, 15, Mark.Kind.LINK, "https://news.example/a/report"));
    }

    // A container with loose text around a nested paragraph: three blocks, one owner for two of them.
    @Test
    void eachRunOfAnOwnerGetsItsOwnMarks() {
        List<Block> body = assemble("<div>Intro with <em>stress</em>.<p>Inner <b>para</b>.</p>Outro <a href=\"/o\">link</a>.</div>", "");

        assertThat(body).extracting(Block::text).containsExactly("Intro with stress.", "Inner para.", "Outro link.");
        assertThat(body).extracting(InlineMarksTest::marked)
                .containsExactly(List.of("stress"), List.of("para"), List.of("link"));
    }

    // Older pages set text and link footer in one cell or body; a block cut down to its text keeps its own marks.
    @Test
    void aBlockCutToSomeOfItsLinesKeepsTheirMarks() {
        String cell = "<div><a href=\"/top\">Top</a><br>Text with <a href=\"/x\">a link</a> and <b>bold</b> words."
                + "<br>More of <i>the</i> text.<br><a href=\"/home\">Home</a> | <a href=\"/mail\">Mail</a></div>";
        TextBlock whole = Segmenter.segment(HtmlParser.parse("<body>" + cell + "</body>", "").body()).get(0);
        TextBlock cut = whole.cut(1, 3);

        Block kept = Assembler.assemble(List.of(new Decision(cut, true, "")), "", true).get(0);

        assertThat(kept.text()).isEqualTo("Text with a link and bold words.\nMore of the text.");
        assertThat(marked(kept)).containsExactly("a link", "bold", "the");
        assertThat(kept.marks().get(0).href()).isEqualTo("/x");
    }

    @Test
    void scriptHooksAndBareAnchorsAreNoLinks() {
        Block p = assemble("<p>Click <a href=\"javascript:void(0)\">here</a> or <a href=\"#\">there</a> or <a>nowhere</a>.</p>", "")
                .get(0);

        assertThat(p.marks()).isEmpty();
    }

    @Test
    void nestedElementsGiveNestedMarksAndRepeatsCountOnce() {
        Block p = assemble("<p>A <a href=\"/r\">very <strong><b>strong</b></strong> link</a>.</p>", "").get(0);

        assertThat(p.marks()).extracting(Mark::kind).containsExactly(Mark.Kind.LINK, Mark.Kind.BOLD);
        assertThat(marked(p)).containsExactly("very strong link", "strong");
    }

    @Test
    void listMarksIndexTheListText() {
        Block list = assemble("<ul><li>One <b>bold</b></li><li><p>Two</p><p>and <i>more</i></p></li></ul>", "").get(0);

        assertThat(list.text()).isEqualTo("One bold\nTwo and more");
        assertThat(marked(list)).containsExactly("bold", "more");
    }

    // Plain-text and JSON output never show marks, so extraction can leave them out: same text, none computed.
    @Test
    void marksLeftOutKeepTheSameText() {
        String html = "<ul><li>One <b>bold</b></li></ul><p>A <a href=\"/r\">link</a> and <i>more</i>.</p>";
        List<TextBlock> blocks = Segmenter.segment(HtmlParser.parse("<body>" + html + "</body>", "").body());
        List<Decision> kept = blocks.stream().map(b -> new Decision(b, true, "")).toList();

        List<Block> with = Assembler.assemble(kept, "", true);
        List<Block> without = Assembler.assemble(kept, "", false);

        assertThat(without).extracting(Block::text).isEqualTo(with.stream().map(Block::text).toList());
        assertThat(with).allSatisfy(b -> assertThat(b.marks()).isNotEmpty());
        assertThat(without).allSatisfy(b -> assertThat(b.marks()).isEmpty());
    }
}
