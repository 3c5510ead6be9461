package dev.pith.render;

import java.util.Locale;

/** Output formats for an {@link dev.pith.model.Article}. */
public enum Format {
    /** Plain text, blocks separated by a blank line. */
    TEXT,
    /** Markdown with YAML front matter for the metadata. */
    MARKDOWN,
    /** One JSON object: metadata fields, {@code text} and typed {@code blocks}. */
    JSON,
    /** A clean, self-contained HTML document. */
    HTML;

    /** Parses a user-given name, case-insensitively; {@code md} and {@code txt} are accepted. */
    public static Format parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "text", "txt", "plain" -> TEXT;
            case "markdown", "md" -> MARKDOWN;
            case "json" -> JSON;
            case "html" -> HTML;
            default -> throw new IllegalArgumentException(
                    "unknown format '" + name + "' (expected text, markdown, json or html)");
        };
    }
}
