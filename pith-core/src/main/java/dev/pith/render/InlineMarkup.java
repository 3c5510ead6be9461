package dev.pith.render;

import dev.pith.model.Mark;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Writes a block's text with the marks the options ask for as inline markup of one syntax
 * (Markdown or HTML). Marks nest (see {@link Mark}), so each closes before the one around it.
 */
final class InlineMarkup {

    /** How one output syntax writes text and the start and end of a mark. */
    interface Syntax {
        /** Plain text as the syntax needs it (escaped for HTML, as it is for Markdown). */
        String text(String plain);

        String open(Mark mark);

        String close(Mark mark);
    }

    private InlineMarkup() {
    }

    /** {@code text} with the wanted {@code marks} written in {@code syntax}. */
    static String write(String text, List<Mark> marks, RenderOptions options, Syntax syntax) {
        StringBuilder sb = new StringBuilder(text.length() + marks.size() * 8);
        Deque<Mark> open = new ArrayDeque<>();
        int at = 0;
        for (Mark m : marks) {
            if (!wanted(m, options) || m.end() > text.length()) {
                continue;
            }
            at = closeUpTo(m.start(), text, at, open, sb, syntax);
            if (m.start() < at || !open.isEmpty() && m.end() > open.peek().end()) {
                // crosses a mark already written: markup cannot overlap, so this one is left out
                continue;
            }
            sb.append(syntax.text(text.substring(at, m.start()))).append(syntax.open(m));
            at = m.start();
            open.push(m);
        }
        at = closeUpTo(text.length(), text, at, open, sb, syntax);
        return sb.append(syntax.text(text.substring(at))).toString();
    }

    /** The marks that lie within {@code [from, to)} of a text, shifted to index a substring starting at {@code from}. */
    static List<Mark> within(List<Mark> marks, int from, int to) {
        if (marks.isEmpty()) {
            return marks;
        }
        return marks.stream().filter(m -> m.start() >= from && m.end() <= to)
                .map(m -> new Mark(m.start() - from, m.end() - from, m.kind(), m.href())).toList();
    }

    /** A link target without the white space and control characters that would break the markup around it. */
    static String cleanHref(String href) {
        StringBuilder sb = new StringBuilder(href.length());
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c > ' ') {
                sb.append(c);
            } else if (c == ' ') {
                sb.append("%20");
            }
        }
        return sb.toString();
    }

    /** Whether some mark of {@code marks} would be written with these options. */
    static boolean any(List<Mark> marks, RenderOptions options) {
        return marks.stream().anyMatch(m -> wanted(m, options));
    }

    private static boolean wanted(Mark m, RenderOptions options) {
        return m.kind() == Mark.Kind.LINK ? options.links() : options.formatting();
    }

    /** Closes the open marks that end at or before {@code limit}; gives the text index written up to. */
    private static int closeUpTo(int limit, String text, int at, Deque<Mark> open, StringBuilder sb, Syntax syntax) {
        while (!open.isEmpty() && open.peek().end() <= limit) {
            Mark m = open.pop();
            sb.append(syntax.text(text.substring(at, m.end()))).append(syntax.close(m));
            at = m.end();
        }
        return at;
    }
}
