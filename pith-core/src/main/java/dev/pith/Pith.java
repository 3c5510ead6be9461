package dev.pith;

import dev.pith.clean.CleanOptions;
import dev.pith.clean.Cleaning;
import dev.pith.clean.TextCleaner;
import dev.pith.decode.HtmlDecoder;
import dev.pith.model.Article;
import dev.pith.render.Format;
import dev.pith.render.Renderer;
import java.util.Objects;

/**
 * The entry point: web page in, {@link Article} out.
 *
 * <pre>{@code
 * Article a = Pith.extract(htmlBytes, "https://example.com/story");
 * a.metadata().title();   // the headline
 * a.text();               // the main content, paragraphs separated by blank lines
 * Pith.render(a, Format.MARKDOWN);
 * }</pre>
 *
 * <p>Every method is thread-safe and keeps no state between calls: the same input (and the
 * same {@link ExtractOptions#referenceDate()}) always gives the same output. Bad input never
 * throws: undecodable bytes are replaced, broken markup is repaired the way browsers do, and a
 * page without content gives an empty body. Arguments: a null page or text is a programming
 * error and throws {@link NullPointerException}; a null URL, content type or options mean
 * none and the defaults. With a {@link ExtractOptions#timeBudget()}, a page that takes longer
 * throws {@link ExtractionTimeoutException}.
 */
public final class Pith {

    private Pith() {
    }

    /** Extracts the main content of an HTML page with the default options. */
    public static Article extract(byte[] html, String url) {
        return extract(html, url, null, ExtractOptions.DEFAULTS);
    }

    /**
     * Extracts the main content of an HTML page.
     *
     * @param html        the page's bytes, in any encoding
     * @param url         the page URL, used for relative links and URL-borne metadata; may be null
     * @param contentType the HTTP {@code Content-Type} header, for its charset; may be null
     * @param options     extraction options
     */
    public static Article extract(byte[] html, String url, String contentType, ExtractOptions options) {
        Objects.requireNonNull(html, "html must not be null");
        return HtmlPipeline.run(html, url == null ? "" : url, contentType,
                options == null ? ExtractOptions.DEFAULTS : options, HtmlPipeline.Trace.SKIP).article();
    }

    /** Extracts the main content of already decoded HTML. */
    public static Article extract(String html, String url) {
        return extract(html, url, ExtractOptions.DEFAULTS);
    }

    /** Extracts the main content of already decoded HTML with options. */
    public static Article extract(String html, String url, ExtractOptions options) {
        Objects.requireNonNull(html, "html must not be null");
        return HtmlPipeline.run(html, url == null ? "" : url, options == null ? ExtractOptions.DEFAULTS : options,
                HtmlPipeline.Trace.SKIP).article();
    }

    /** Extracts and keeps every keep/drop decision with the rule that made it. */
    public static Extraction explain(byte[] html, String url, String contentType, ExtractOptions options) {
        Objects.requireNonNull(html, "html must not be null");
        return HtmlPipeline.run(html, url == null ? "" : url, contentType,
                options == null ? ExtractOptions.DEFAULTS : options, HtmlPipeline.Trace.KEEP);
    }

    /**
     * Cleans a plain-text capture of a page (a WET record, a text dump): keeps the article's
     * paragraphs, drops menus, calls to action and appeals, and reads the title (first line),
     * standfirst and date where the text shows them.
     */
    public static Article clean(String text) {
        return clean(text, CleanOptions.DEFAULTS);
    }

    /**
     * The text of a plain-text capture given as bytes in an unknown encoding, read as pages are:
     * a byte-order mark, else valid UTF-8, else statistical detection and the legacy encoding of
     * the address's country domain or of the text's letters. Never throws on bad bytes: they
     * become U+FFFD.
     *
     * @param url the capture's address, or null; an old capture's country domain hints at its encoding
     */
    public static String decodeText(byte[] bytes, String url) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        return HtmlDecoder.text(bytes, url);
    }

    /** Cleans a plain-text capture with options (e.g. corpus statistics of recurring lines). */
    public static Article clean(String text, CleanOptions options) {
        return explainClean(text, options).article();
    }

    /** Cleans a plain-text capture and keeps the decision made about every line. */
    public static Cleaning explainClean(String text, CleanOptions options) {
        Objects.requireNonNull(text, "text must not be null");
        return TextCleaner.clean(text, options);
    }

    /** Renders an article in a format. */
    public static String render(Article article, Format format) {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(format, "format must not be null");
        return Renderer.of(format).render(article);
    }
}
