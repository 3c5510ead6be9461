package dev.pith.model;

import java.util.List;

/** A data table: rows of cell texts, the header row first when the page has one. */
public record Table(List<List<String>> rows) implements Block {
    /** Checks and normalises the components, as the class comment describes. */
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Rows on their own lines, cells separated by {@code " | "}. */
    @Override
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(String.join(" | ", row));
        }
        return sb.toString();
    }
}
