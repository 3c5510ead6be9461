package dev.pith.model;

import java.util.Objects;

/** A section heading; {@code level} 1 to 6 as in HTML. */
public record Heading(int level, String text) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Heading {
        Objects.requireNonNull(text, "text");
        level = Math.max(1, Math.min(6, level));
    }
}
