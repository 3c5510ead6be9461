package dev.pith.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockTreeTest {

    private final Document doc = Jsoup.parse("<body><div id=a><p>one two</p><p>three</p></div>"
            + "<div id=b><ul><li>four five six</li></ul></div></body>");
    private final Element body = doc.body();
    private final List<TextBlock> blocks = Segmenter.segment(body);
    private final BlockTree tree = BlockTree.of(blocks, body);

    @Test
    void holdsEveryOwnerAndItsAncestorsUpToTheRootOnce() {
        assertThat(tree.size()).isEqualTo(7); // p, p, div#a, body, li, ul, div#b
        assertThat(tree.element(tree.ownerOf(0)).text()).isEqualTo("one two");
        assertThat(tree.nodeOf(body)).isNotNegative();
        assertThat(tree.parent(tree.nodeOf(body))).isEqualTo(-1);
        assertThat(tree.nodeOf(doc.head())).isEqualTo(-1);
        assertThat(tree.childCount(tree.nodeOf(body))).isEqualTo(2);
        assertThat(tree.childCount(tree.ownerOf(0))).isZero();
    }

    @Test
    void sumsBlockValuesBottomUp() {
        double[] words = tree.sum(TextBlock::words);
        double[] halves = tree.sum(b -> b.words() / 2.0);
        assertThat(words[tree.nodeOf(body)]).isEqualTo(6.0);
        assertThat(words[tree.nodeOf(doc.getElementById("a"))]).isEqualTo(3.0);
        assertThat(words[tree.nodeOf(doc.getElementById("b"))]).isEqualTo(3.0);
        assertThat(halves[tree.nodeOf(body)]).isEqualTo(3.0);
    }

    @Test
    void depthIsTheDepthInTheDocument() {
        int p = tree.ownerOf(0);
        assertThat(tree.depth(p)).isEqualTo(4); // #root > html > body > div > p
        assertThat(tree.depth(tree.parent(p))).isEqualTo(3);
    }

    @Test
    void numbersNodesInTheOrderBlocksFirstReachThem() {
        assertThat(tree.element(0).text()).isEqualTo("one two");
        assertThat(tree.element(1).id()).isEqualTo("a");
        assertThat(tree.element(2)).isSameAs(body);
        assertThat(tree.element(3).text()).isEqualTo("three");
    }

    @Test
    void anEmptyPageMakesAnEmptyTree() {
        BlockTree empty = BlockTree.of(List.of(), body);
        assertThat(empty.size()).isZero();
        assertThat(empty.sum(TextBlock::words)).isEmpty();
    }
}
