package dev.pith.meta;

import dev.pith.util.TextMetrics;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an element when it is short, computed without walking a big subtree: a byline
 * hint on {@code <body class="author-page">} must not cost a full-page text extraction.
 */
final class ShortText {

    private ShortText() {
    }

    /** The element's whitespace-collapsed text, or null when it is longer than {@code max} characters. */
    static String of(Element e, int max) {
        return of(e, max, " ");
    }

    /**
     * As {@link #of}, with the lines of the element's block children kept apart by
     * {@link #LINE_BREAK}: an author box sets the name and the job title in elements of their own
     * ({@code <a>Ben Silverman</a><div>Games Editor</div>}, {@code <p>Name</p><p>Tech Reporter</p>}),
     * and the plain text would run them together into one longer "name".
     */
    static String lines(Element e, int max) {
        String text = of(e, max, LINE_BREAK);
        return text == null ? null : EDGE_BREAKS.matcher(EMPTY_LINES.matcher(text).replaceAll(LINE_BREAK)).replaceAll("");
    }

    /** Nested blocks open and close several lines at once: one break between two lines is enough. */
    private static final Pattern EMPTY_LINES = Pattern.compile("(?:\\s*\\|\\s*){2,}");
    /** A break before the first line or after the last separates nothing. */
    private static final Pattern EDGE_BREAKS = Pattern.compile("^\\s*\\|\\s*|\\s*\\|\\s*$");

    /** What stands between two block lines in {@link #lines}: a separator the byline cleaner splits names at. */
    static final String LINE_BREAK = " | ";

    private static String of(Element e, int max, String blockBreak) {
        StringBuilder sb = new StringBuilder();
        if (!append(e, sb, max, 0, blockBreak)) {
            return null;
        }
        return TextMetrics.collapseWhitespace(sb);
    }

    /**
     * The text before the element's first block child ("Georg Quaas, 21. Jan. 2015" before a
     * rating widget), whitespace-collapsed; "" when there is none or it is longer than {@code max}.
     */
    static String leadingInline(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node child = e.childNode(i);
            if (child instanceof Element el && (el.isBlock() || "br".equals(el.normalName()))) {
                break;
            }
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof Element el) {
                String inner = of(el, max);
                if (inner == null) {
                    return "";
                }
                sb.append(inner);
            }
            if (sb.length() > max * 2) {
                return "";
            }
        }
        String text = TextMetrics.collapseWhitespace(sb);
        return text.length() <= max ? text : "";
    }

    private static boolean append(Node node, StringBuilder sb, int max, int depth, String blockBreak) {
        // by index: jsoup's childNodes() copies the list, and this runs on every level of every byline and date line
        for (int i = 0; i < node.childNodeSize(); i++) {
            Node child = node.childNode(i);
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
                if (sb.length() > max * 2) {
                    // raw text carries spaces the collapse removes, so allow twice the budget
                    return false;
                }
            } else if (child instanceof Element el) {
                String tag = el.normalName();
                if ("script".equals(tag) || "style".equals(tag) || "template".equals(tag)) {
                    continue;
                }
                if (el.isBlock() || "br".equals(tag)) {
                    sb.append(blockBreak);
                }
                if (depth > 20 || !append(el, sb, max, depth + 1, blockBreak)) {
                    return false;
                }
                if (el.isBlock()) {
                    sb.append(blockBreak);
                }
            }
        }
        return true;
    }
}
