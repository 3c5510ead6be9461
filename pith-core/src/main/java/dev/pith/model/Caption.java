package dev.pith.model;

import java.util.Objects;

/** The caption of a figure, photo or table that belongs to the article. */
public record Caption(String text) implements Block {
    public Caption {
        Objects.requireNonNull(text, "text");
    }
}
