package dev.pith.model;

import java.util.Objects;

/** The caption of a figure, photo or table that belongs to the article. */
public record Caption(String text) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Caption {
        Objects.requireNonNull(text, "text");
    }
}
