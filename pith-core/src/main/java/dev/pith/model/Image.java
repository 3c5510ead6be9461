package dev.pith.model;

/**
 * An image of the article body. It has no plain text of its own: its alt text shows in
 * Markdown and HTML renderings only, since alt text is rarely prose a reader sees.
 */
public record Image(String src, String alt) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Image {
        src = src == null ? "" : src;
        alt = alt == null ? "" : alt;
    }

    @Override
    public String text() {
        return "";
    }
}
