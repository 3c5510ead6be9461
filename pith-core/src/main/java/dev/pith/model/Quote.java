package dev.pith.model;

import java.util.Objects;

/** A block quotation. */
public record Quote(String text) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Quote {
        Objects.requireNonNull(text, "text");
    }
}
