package dev.pith;

import dev.pith.assemble.Assembler;
import dev.pith.assemble.BaseUrl;
import dev.pith.assemble.EmbeddedBody;
import dev.pith.block.BlockTree;
import dev.pith.block.Segmenter;
import dev.pith.block.TextBlock;
import dev.pith.classify.ContentWeight;
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
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;

/** The extraction pipeline, stage after stage, in one place. */
final class HtmlPipeline {

    private static final RuleChain BALANCED = RuleChain.standard();
    private static final RuleChain PRECISION = RuleChain.precise();
    private static final RuleChain RECALL = RuleChain.recalling();
    /** {@code Metadata.pageType} of a forum thread or a question with its answers. */
    private static final String FORUM_PAGE = "forum";

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
        PageLanguage.loadModelAhead();
        Deadline deadline = Deadline.after(options.timeBudget());
        Document doc = HtmlParser.parse(deadline.guard(HtmlDecoder.reader(html, contentType, url)), url);
        return run(doc, url, options, trace, deadline);
    }

    static Extraction run(String html, String url, ExtractOptions options, Trace trace) {
        PageLanguage.loadModelAhead();
        Deadline deadline = Deadline.after(options.timeBudget());
        return run(HtmlParser.parse(deadline.guard(new StringReader(html)), url), url, options, trace, deadline);
    }

    private static Extraction run(Document doc, String url, ExtractOptions options, Trace trace, Deadline deadline) {
        deadline.check();
        MetaReading meta = MetadataExtractor.read(doc, url, options.referenceDate());
        Metadata metadata = meta.metadata();
        String baseUrl = BaseUrl.of(doc, metadata.canonicalUrl());
        deadline.check();
        boolean comments = keepsComments(options, metadata);
        List<Removal> removals = Pruner.prune(doc, comments, trace == Trace.KEEP);
        deadline.check();
        List<TextBlock> blocks = Segmenter.segment(doc.body());
        BlockTree tree = BlockTree.of(blocks, doc.body());
        deadline.check();
        Region region = RegionSelector.select(tree, doc.body());
        if (comments) {
            region = region.with(Pruner.commentSections(doc.body()));
        }
        List<Decision> decisions = chain(options.focus()).classify(
                RuleContext.of(tree, region, metadata.title(), metadata.description(), metadata.pageType()));
        List<Block> body = EmbeddedBody.orFallback(Assembler.assemble(decisions, baseUrl, options.inlineMarks()), meta.jsonLd());
        // the page's declared language, or the one its text is written in when it declares none
        // or one its text contradicts
        Metadata checked = metadata.withLanguage(PageLanguage.of(metadata, body));
        Article article = new Article(url, checked, body);
        if (trace == Trace.SKIP) {
            return new Extraction(article, List.of(), List.of(), List.of());
        }
        return new Extraction(article, region.roots().stream().map(Pruner::describe).toList(),
                removals.stream().map(HtmlPipeline::pruned).toList(),
                decisions.stream().map(HtmlPipeline::verdict).toList());
    }

    /**
     * Whether comment sections stay: when asked for, and on a page whose markup declares it a
     * forum thread or a question with its answers (JSON-LD {@code DiscussionForumPosting},
     * {@code QAPage}...): there the replies are what the page is for, even where its templates
     * name them comments.
     */
    private static boolean keepsComments(ExtractOptions options, Metadata metadata) {
        return options.includeComments() || FORUM_PAGE.equals(metadata.pageType());
    }

    private static PrunedElement pruned(Removal r) {
        return new PrunedElement(r.rule(), r.what(), r.chars());
    }

    private static BlockVerdict verdict(Decision d) {
        TextBlock b = d.block();
        return new BlockVerdict(b.text(), b.kind().name().toLowerCase(Locale.ROOT), Pruner.describe(b.owner()),
                d.kept(), d.kept() ? "" : d.rule(), ContentWeight.ARTICLE.of(b));
    }
}
