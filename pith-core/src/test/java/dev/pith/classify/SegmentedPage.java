package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.Segmenter;
import dev.pith.block.TextBlock;
import dev.pith.parse.HtmlParser;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A small test page parsed and cut into blocks the way {@code HtmlPipeline} does it, for the
 * tests of the classify stage. Not pruned: the fixtures use neutral tags and class names, so
 * that what a test sees is the classify stage's own doing, not the prune stage's.
 *
 * @param doc  the parsed page
 * @param tree the blocks of its body and their ancestors
 */
record SegmentedPage(Document doc, BlockTree tree) {

    static SegmentedPage of(String html) {
        Document doc = HtmlParser.parse(html, "");
        List<TextBlock> blocks = Segmenter.segment(doc.body());
        return new SegmentedPage(doc, BlockTree.of(blocks, doc.body()));
    }

    /** The region {@link RegionSelector} chooses for the page. */
    Region region() {
        return RegionSelector.select(tree, doc.body());
    }

    /** The rule context the pipeline builds for the page, with no known title. */
    RuleContext context() {
        return RuleContext.of(tree, region(), "");
    }

    /** The one element matching a CSS query. */
    Element element(String css) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            throw new IllegalArgumentException("no element " + css);
        }
        return e;
    }

    /** The elements matching a CSS query, in document order. */
    List<Element> elements(String css) {
        return doc.select(css);
    }

    /** The first block whose text starts with {@code prefix}. */
    TextBlock block(String prefix) {
        return tree.blocks().stream().filter(b -> b.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no block starting with " + prefix));
    }
}
