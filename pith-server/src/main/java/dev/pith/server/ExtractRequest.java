package dev.pith.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.ExtractOptions;
import dev.pith.batch.io.HtmlTypes;
import dev.pith.render.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A parsed {@code POST /v1/extract}: the page (as bytes with their Content-Type, or a URL to
 * fetch) and the options. Two forms mean the same: the HTML itself as the body, options in the
 * query string; or a JSON object {@code {"html" | "url", "url", "format", "focus", "comments",
 * "explain", "reference_date"}}.
 *
 * @param html        the page's bytes, or null when {@code url} is to be fetched
 * @param contentType the page's Content-Type (for its charset), or null
 * @param url         the page URL: base for links, and what is fetched when {@code html} is null
 */
record ExtractRequest(byte[] html, String contentType, String url, Format format, ExtractOptions.Focus focus,
                      boolean comments, boolean explain, LocalDate referenceDate) {

    static final String ACCEPTED = "text/html (the page; options in the query string) or application/json";
    /** A JSON {@code html} string is already text: its bytes are UTF-8 whatever the page's meta tag says. */
    private static final String JSON_HTML_TYPE = "text/html; charset=utf-8";

    boolean fetch() {
        return html == null;
    }

    static ExtractRequest read(Request request) throws ApiError, IOException {
        String type = request.contentType();
        if (HtmlTypes.isHtml(type)) {
            return of(request.body(), type, Fields.of(request.query()));
        }
        if (JsonBodies.isJson(type)) {
            JsonNode json = JsonBodies.object(request.body());
            Fields fields = Fields.of(json);
            String html = fields.text("html");
            if (html == null && fields.text("url") == null) {
                throw ApiError.missingField("html", "give the page as \"html\", or a \"url\" to fetch");
            }
            return of(html == null ? null : html.getBytes(StandardCharsets.UTF_8), JSON_HTML_TYPE, fields);
        }
        throw ApiError.unsupportedType(type, ACCEPTED);
    }

    private static ExtractRequest of(byte[] html, String contentType, Fields f) throws ApiError {
        String url = f.text("url");
        return new ExtractRequest(html, contentType, url == null ? "" : url, f.format(), f.focus(),
                f.flag("comments", false), f.flag("explain", false), f.referenceDate());
    }

    /** The request's options; no inline marks, since the API renders every format without links or formatting. */
    ExtractOptions options() {
        return ExtractOptions.DEFAULTS.withComments(comments).withFocus(focus).withReferenceDate(referenceDate)
                .withInlineMarks(false);
    }
}
