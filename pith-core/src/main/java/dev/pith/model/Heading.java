package dev.pith.model;

import java.util.List;
import java.util.Objects;

/** A section heading; {@code level} 1 to 6 as in HTML. */
public record Heading(int level, String text, List<Mark> marks) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Heading {
        Objects.requireNonNull(text, "text");
        level = Math.max(1, Math.min(6, level));
        marks = Mark.listOf(marks);
    }

    /** A heading without marks. */
    public Heading(int level, String text) {
        this(level, text, List.of());
    }
}
