package dev.pith.model;

import java.util.List;
import java.util.Objects;

/**
 * A stretch of a block's text that the page marked inline: a link, bold or italic text. Marks
 * do not change a block's plain text; Markdown and HTML renderings show them when asked to
 * ({@code dev.pith.render.RenderOptions}). Marks of one block nest as the page's elements did.
 *
 * @param start index of the first marked {@code char} of the block's {@link Block#text()}
 * @param end   index after the last marked {@code char}, greater than {@code start}
 * @param kind  what the page marked
 * @param href  the link target, absolute when the page's address is known; "" for bold and italic
 */
public record Mark(int start, int end, Kind kind, String href) {

    /** Checks and normalises the components, as the class comment describes. */
    public Mark {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a mark spans at least one char, got " + start + ".." + end);
        }
        href = href == null ? "" : href;
    }

    /** Marks as a list for a block's component: never null, never mutable. */
    static List<Mark> listOf(List<Mark> marks) {
        return marks == null ? List.of() : List.copyOf(marks);
    }

    /** What kind of inline markup a mark is. */
    public enum Kind {
        /** A hyperlink ({@code <a href>}); {@link Mark#href()} says where to. */
        LINK,
        /** Strong or bold text ({@code <strong>}, {@code <b>}). */
        BOLD,
        /** Emphasised or italic text ({@code <em>}, {@code <i>}). */
        ITALIC
    }
}
