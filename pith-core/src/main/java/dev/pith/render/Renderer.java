package dev.pith.render;

import dev.pith.model.Article;

/** Turns an article into a string in one format. Stateless and thread-safe. */
public interface Renderer {

    /** The article in this renderer's format. */
    String render(Article article);

    /** The renderer for a format, with the default options. */
    static Renderer of(Format format) {
        return of(format, RenderOptions.DEFAULTS);
    }

    /**
     * The renderer for a format with options: links and formatting show in Markdown and HTML;
     * text and JSON are the same whatever the options.
     */
    static Renderer of(Format format, RenderOptions options) {
        return switch (format) {
            case TEXT -> Article::text;
            case MARKDOWN -> new MarkdownRenderer(options);
            case JSON -> new JsonRenderer();
            case HTML -> new HtmlRenderer(options);
        };
    }
}
