package dev.pith.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.Pith;
import dev.pith.batch.run.Records;
import dev.pith.model.Article;
import dev.pith.render.Format;
import java.io.IOException;
import java.time.Duration;

/**
 * {@code POST /v1/extract}: the record {@code pith extract --format json} prints for the page,
 * plus {@code content} (the article in the asked format) when that is not JSON, and
 * {@code explain} (the verdict on every block and pruned element) when asked.
 */
final class ExtractEndpoint implements Endpoint.Handler {

    /** Time for a worker to hand back an answer after the core's own budget ran out. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private final WorkerPool pool;
    private final Duration budget;
    private final PageFetch fetch;

    /** @param fetch fetches a requested URL, or null when fetching is off */
    ExtractEndpoint(WorkerPool pool, Duration budget, PageFetch fetch) {
        this.pool = pool;
        this.budget = budget;
        this.fetch = fetch;
    }

    @Override
    public Reply handle(Request request) throws ApiError, IOException {
        ExtractRequest req = ExtractRequest.read(request);
        if (req.fetch() && fetch == null) {
            throw new ApiError(403, "fetch_disabled",
                    "this server does not fetch URLs (start it with --allow-fetch); send the page as \"html\"");
        }
        Duration deadline = budget.plus(GRACE).plus(req.fetch() ? fetch.timeLimit() : Duration.ZERO);
        return pool.run(request.timing(), () -> extract(req), deadline);
    }

    private Reply extract(ExtractRequest req) throws ApiError, IOException {
        PageFetch.Page page = req.fetch() ? fetch.fetch(req.url())
                : new PageFetch.Page(req.html(), req.url(), req.contentType());
        if (!PageFetch.looksLikeMarkup(page.body())) {
            throw new ApiError(422, "not_html", "the body is not HTML: no markup found (or binary data)");
        }
        String url = req.url().isEmpty() ? page.url() : req.url();
        ExtractOptions options = req.options().withTimeBudget(budget);
        if (!req.explain() && req.format() == Format.JSON) {
            // the record exactly as the command line prints it: parsing it into a tree only to
            // write it again cost a few per cent of the server's CPU
            Article article = Pith.extract(page.body(), url, page.contentType(), options);
            return Reply.text(200, Reply.JSON, Pith.render(article, Format.JSON));
        }
        Extraction explained = null;
        Article article;
        if (req.explain()) {
            explained = Pith.explain(page.body(), url, page.contentType(), options);
            article = explained.article();
        } else {
            article = Pith.extract(page.body(), url, page.contentType(), options);
        }
        ObjectNode record = (ObjectNode) Reply.MAPPER.readTree(Pith.render(article, Format.JSON));
        if (req.format() != Format.JSON) {
            record.put("format", req.format().name().toLowerCase(java.util.Locale.ROOT));
            record.put("content", Pith.render(article, req.format()));
        }
        if (explained != null) {
            record.set("explain", Records.explanation(explained));
        }
        return Reply.ok(record);
    }
}
