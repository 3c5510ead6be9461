package dev.pith.model;

import java.util.List;

/**
 * A bulleted or numbered list; each item is plain text. Its marks index into {@link #text()},
 * the items joined by {@code '\n'}.
 */
public record ListBlock(boolean ordered, List<String> items, List<Mark> marks) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public ListBlock {
        items = List.copyOf(items);
        marks = Mark.listOf(marks);
    }

    /** A list without marks. */
    public ListBlock(boolean ordered, List<String> items) {
        this(ordered, items, List.of());
    }

    @Override
    public String text() {
        return String.join("\n", items);
    }
}
