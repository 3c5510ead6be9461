package dev.pith.model;

import java.util.List;
import java.util.Objects;

/** A paragraph of running text. */
public record Paragraph(String text, List<Mark> marks) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        marks = Mark.listOf(marks);
    }

    /** A paragraph without marks. */
    public Paragraph(String text) {
        this(text, List.of());
    }
}
