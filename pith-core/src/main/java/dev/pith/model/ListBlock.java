package dev.pith.model;

import java.util.List;

/** A bulleted or numbered list; each item is plain text. */
public record ListBlock(boolean ordered, List<String> items) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public ListBlock {
        items = List.copyOf(items);
    }

    @Override
    public String text() {
        return String.join("\n", items);
    }
}
