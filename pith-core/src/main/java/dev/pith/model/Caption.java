package dev.pith.model;

import java.util.List;
import java.util.Objects;

/** The caption of a figure, photo or table that belongs to the article. */
public record Caption(String text, List<Mark> marks) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Caption {
        Objects.requireNonNull(text, "text");
        marks = Mark.listOf(marks);
    }

    /** A caption without marks. */
    public Caption(String text) {
        this(text, List.of());
    }
}
