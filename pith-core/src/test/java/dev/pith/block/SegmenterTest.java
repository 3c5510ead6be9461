package dev.pith.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<TextBlock> segment(String bodyHtml) {
        return Segmenter.segment(Jsoup.parse("<body>" + bodyHtml + "</body>").body());
    }

    @Test
    void sourceLineBreaksAreSpacesAndBrBreaksLines() {
        List<TextBlock> blocks = segment("<p>  one\n two\r\n<br>\u200Bthree \u00A0 <br> <br>four  </p>");
        assertThat(blocks).singleElement().extracting(TextBlock::text).isEqualTo("one two\nthree\nfour");
    }

    @Test
    void blockElementsStartBlocksAndInlineOnesJoin() {
        List<TextBlock> blocks = segment("<div>Intro <b>bold</b> <a href=/x>link</a><p>Para.</p>tail</div>");
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Intro bold link", "Para.", "tail");
        assertThat(blocks.get(0).linkWords()).isEqualTo(1);
        assertThat(blocks.get(1).kind()).isEqualTo(BlockKind.PARAGRAPH);
    }

    @Test
    void imagesNeedASourceAndASize() {
        List<TextBlock> blocks = segment("<p>x</p><img src='a.jpg'><img src=''><img src='data:x'>"
                + "<img src='b.png' width=1 height=1><img src=' c.jpg ' width=600>");
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.IMAGE).hasSize(2);
    }

    @Test
    void imageSidesAreReadInPixelsOrAsPlainNumbers() {
        List<TextBlock> tiny = segment("<img src='a.jpg' width=40><img src='b.jpg' width='30PX'>"
                + "<img src='c.jpg' height=' 20 '><img src='d.jpg' width=049>");
        assertThat(tiny).filteredOn(b -> b.kind() == BlockKind.IMAGE).isEmpty();
        // a side that is no number in pixels (a share, a word, too long for an int) does not make an icon
        List<TextBlock> kept = segment("<img src='a.jpg' width=300><img src='b.jpg' width='10%'>"
                + "<img src='c.jpg' width=auto><img src='d.jpg' width=12345678901><img src='e.jpg' width=' 60px '>");
        assertThat(kept).filteredOn(b -> b.kind() == BlockKind.IMAGE).hasSize(5);
    }

    // attribute names in any case: the parser writes them in lower case, as they are read
    @Test
    void imageAttributesAreReadWhateverTheirCase() {
        List<TextBlock> blocks = segment("<img SRC='a.jpg' WIDTH=40><img Src='b.jpg' Width=400 HEIGHT='300px'>");
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.IMAGE).extracting(b -> b.owner().attr("src"))
                .containsExactly("b.jpg");
    }

    @Test
    void imageSourceIsResolvedOnlyAgainstABase() {
        var withBase = Jsoup.parse("<img src='/a.jpg'>", "https://example.com/story").selectFirst("img");
        var withoutBase = Jsoup.parse("<img src=' /a.jpg '>").selectFirst("img");
        assertThat(Segmenter.imageSource(withBase)).isEqualTo("https://example.com/a.jpg");
        assertThat(Segmenter.imageSource(withoutBase)).isEqualTo("/a.jpg");
    }

    @Test
    void linesBrokenByBrAreCountedOneByOne() {
        TextBlock b = segment("<p>Two words<br><br> <br><a href=/a>Home</a> | <a href=/b>Top page</a><br>end</p>").get(0);

        assertThat(b.text()).isEqualTo("Two words\nHome | Top page\nend");
        LineCounts lines = b.lines();
        assertThat(lines.size()).isEqualTo(3);
        assertThat(IntStream.range(0, 3).map(lines::words)).containsExactly(2, 3, 1);
        assertThat(IntStream.range(0, 3).map(lines::linkWords)).containsExactly(0, 3, 0);
        assertThat(IntStream.range(0, 3).map(lines::links)).containsExactly(0, 2, 0);
        assertThat(b.cut(0, 1).text()).isEqualTo("Two words");
        assertThat(b.cut(1, 3).links()).isEqualTo(2);
    }

    @Test
    void aBlockOfOneLineHasNoLineCounts() {
        assertThat(segment("<p>one <a href=/a>line</a><br></p>").get(0).lines()).isSameAs(LineCounts.ONE_LINE);
    }
}
