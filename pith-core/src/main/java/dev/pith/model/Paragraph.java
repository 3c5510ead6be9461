package dev.pith.model;

import java.util.Objects;

/** A paragraph of running text. */
public record Paragraph(String text) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
