package dev.pith.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.Pith;
import dev.pith.batch.io.HtmlTypes;
import dev.pith.clean.TextCleaner;
import dev.pith.model.Article;
import dev.pith.render.Format;
import java.io.IOException;
import java.time.Duration;

/**
 * {@code POST /v1/clean}: a plain-text capture of a page (a WET record, a text dump) in, the
 * record {@code pith clean --format json} prints out. The body is the text ({@code text/plain},
 * its charset respected) or JSON {@code {"text", "url"}}.
 */
final class CleanEndpoint implements Endpoint.Handler {

    private static final String TEXT_TYPE = "text/plain";

    private final WorkerPool pool;
    private final Duration deadline;

    CleanEndpoint(WorkerPool pool, Duration budget) {
        this.pool = pool;
        this.deadline = budget.plus(ExtractEndpoint.GRACE);
    }

    @Override
    public Reply handle(Request request) throws ApiError, IOException {
        String type = request.contentType();
        String text;
        String url = "";
        if (HtmlTypes.mediaType(type).equals(TEXT_TYPE)) {
            text = new String(request.body(), JsonBodies.charset(type));
        } else if (JsonBodies.isJson(type)) {
            JsonNode json = JsonBodies.object(request.body());
            Fields fields = Fields.of(json);
            text = fields.text("text");
            if (text == null) {
                throw ApiError.missingField("text", "the plain text to clean");
            }
            url = fields.text("url") == null ? "" : fields.text("url");
        } else {
            throw ApiError.unsupportedType(type, "text/plain or application/json");
        }
        String page = text;
        String pageUrl = url;
        return Reply.ok(pool.run(request.timing(), () -> clean(page, pageUrl), deadline));
    }

    private static ObjectNode clean(String text, String url) throws ApiError, IOException {
        if (TextCleaner.looksBinary(text)) {
            throw new ApiError(422, "not_text", "the body looks binary, not text");
        }
        Article article = Pith.clean(text);
        if (!url.isEmpty()) {
            article = new Article(url, article.metadata(), article.body());
        }
        return (ObjectNode) Reply.MAPPER.readTree(Pith.render(article, Format.JSON));
    }
}
