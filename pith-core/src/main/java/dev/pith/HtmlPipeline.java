package dev.pith;

import dev.pith.assemble.Assembler;
import dev.pith.assemble.EmbeddedBody;
import dev.pith.block.BlockTree;
import dev.pith.block.Segmenter;
import dev.pith.block.TextBlock;
import dev.pith.classify.Decision;
import dev.pith.classify.Region;
import dev.pith.classify.RegionSelector;
import dev.pith.classify.RuleChain;
import dev.pith.classify.RuleContext;
import dev.pith.decode.HtmlDecoder;
import dev.pith.langid.PageLanguage;
import dev.pith.meta.MetaReading;
import dev.pith.meta.MetadataExtractor;
import dev.pith.model.Article;
import dev.pith.model.Block;
import dev.pith.model.Metadata;
import dev.pith.parse.HtmlParser;
import dev.pith.prune.Pruner;
import dev.pith.prune.Removal;
import java.util.List;
import org.jsoup.nodes.Document;

/** The extraction pipeline, stage after stage, in one place. */
final class HtmlPipeline {

    private static final RuleChain BALANCED = RuleChain.standard();
    private static final RuleChain PRECISION = RuleChain.precise();
    private static final RuleChain RECALL = RuleChain.recalling();

    private HtmlPipeline() {
    }

    private static RuleChain chain(ExtractOptions.Focus focus) {
        return switch (focus) {
            case PRECISION -> PRECISION;
            case BALANCED -> BALANCED;
            case RECALL -> RECALL;
        };
    }

    /** Whether a run keeps its reasons (removal reports, region paths) or only the article. */
    enum Trace { KEEP, SKIP }

    static Extraction run(byte[] html, String url, String contentType, ExtractOptions options, Trace trace) {
        return run(HtmlParser.parse(HtmlDecoder.reader(html, contentType), url), url, options, trace);
    }

    static Extraction run(String html, String url, ExtractOptions options, Trace trace) {
        return run(HtmlParser.parse(html, url), url, options, trace);
    }

    private static Extraction run(Document doc, String url, ExtractOptions options, Trace trace) {
        MetaReading meta = MetadataExtractor.read(doc, url);
        Metadata metadata = meta.metadata();
        List<Removal> removals = Pruner.prune(doc, options.includeComments(), trace == Trace.KEEP);
        List<TextBlock> blocks = Segmenter.segment(doc.body());
        BlockTree tree = BlockTree.of(blocks, doc.body());
        Region region = RegionSelector.select(tree, doc.body());
        if (options.includeComments()) {
            region = region.with(Pruner.commentSections(doc.body()));
        }
        List<Decision> decisions = chain(options.focus()).classify(RuleContext.of(tree, region, metadata.title()));
        List<Block> body = EmbeddedBody.orFallback(Assembler.assemble(decisions), meta.jsonLd());
        List<String> regionPaths = trace == Trace.KEEP
                ? region.roots().stream().map(Pruner::describe).toList() : List.of();
        Metadata checked = metadata.withLanguage(PageLanguage.of(metadata, body));
        return new Extraction(new Article(url, checked, body), regionPaths, removals, decisions);
    }
}
