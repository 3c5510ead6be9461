package dev.pith.model;

import java.util.Objects;

/** A block quotation. */
public record Quote(String text) implements Block {
    public Quote {
        Objects.requireNonNull(text, "text");
    }
}
