package dev.pith.model;

import java.util.List;
import java.util.Objects;

/** A block quotation. */
public record Quote(String text, List<Mark> marks) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Quote {
        Objects.requireNonNull(text, "text");
        marks = Mark.listOf(marks);
    }

    /** A quote without marks. */
    public Quote(String text) {
        this(text, List.of());
    }
}
