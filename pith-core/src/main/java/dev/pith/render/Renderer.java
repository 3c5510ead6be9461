package dev.pith.render;

import dev.pith.model.Article;

/** Turns an article into a string in one format. Stateless and thread-safe. */
public interface Renderer {

    /** The article in this renderer's format. */
    String render(Article article);

    /** The renderer for a format. */
    static Renderer of(Format format) {
        return switch (format) {
            case TEXT -> Article::text;
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case HTML -> new HtmlRenderer();
        };
    }
}
