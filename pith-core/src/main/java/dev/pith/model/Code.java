package dev.pith.model;

import java.util.Objects;

/**
 * Preformatted code or text; line breaks and indentation are kept.
 *
 * @param text     the code, lines separated by {@code \n}
 * @param language the language named by the markup ({@code class="language-java"}), or empty
 */
public record Code(String text, String language) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Code {
        Objects.requireNonNull(text, "text");
        language = language == null ? "" : language;
    }
}
