package dev.pith.render;

/**
 * What the Markdown and HTML renderings show besides the text, like trafilatura's
 * {@code --links} and {@code --formatting}. The plain-text and JSON renderings are the same
 * whatever the options. Start from {@link #DEFAULTS} and change what you need.
 *
 * @param links      keep the page's links in the body: {@code [text](url)} in Markdown,
 *                   {@code <a href>} in HTML; URLs are absolute when the page's address is known
 * @param formatting keep bold and italic text: {@code **bold**} and {@code *italic*} in
 *                   Markdown, {@code <strong>} and {@code <em>} in HTML
 */
public record RenderOptions(boolean links, boolean formatting) {

    /** The defaults: the body's text without links or formatting. */
    public static final RenderOptions DEFAULTS = new RenderOptions(false, false);

    /** These options with links kept or dropped. */
    public RenderOptions withLinks(boolean keep) {
        return new RenderOptions(keep, formatting);
    }

    /** These options with bold and italic text kept or dropped. */
    public RenderOptions withFormatting(boolean keep) {
        return new RenderOptions(links, keep);
    }
}
