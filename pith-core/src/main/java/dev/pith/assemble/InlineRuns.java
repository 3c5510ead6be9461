package dev.pith.assemble;

import dev.pith.block.Segmenter;
import dev.pith.model.Mark;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The runs of inline content directly inside one block-level element, cut where the segmenter
 * cuts them (at nested block elements, {@code <pre>} and images), each with its raw text and
 * the links, bold and italic elements in it as raw offsets.
 */
final class InlineRuns implements NodeFilter {

    /** One run: its text as the page has it, before white space is collapsed, and its marks. */
    record Run(String raw, List<RawMark> marks) {
    }

    /** A marked element's extent in a run's raw text. */
    record RawMark(int start, int end, Mark.Kind kind, String href) {
    }

    private static final String SCRIPT_SCHEME = "javascript:";

    private final Element owner;
    private final String baseUrl;
    private final List<Run> runs = new ArrayList<>();
    private final StringBuilder raw = new StringBuilder();
    private final List<RawMark> marks = new ArrayList<>();
    private final List<Integer> openStarts = new ArrayList<>();

    private InlineRuns(Element owner, String baseUrl) {
        this.owner = owner;
        this.baseUrl = baseUrl;
    }

    /**
     * The runs of {@code owner}, in document order; none when its inline content holds no link,
     * bold or italic element (most paragraphs), found by a walk that builds no text.
     */
    static List<Run> of(Element owner, String baseUrl) {
        if (!hasMarkup(owner)) {
            return List.of();
        }
        InlineRuns walk = new InlineRuns(owner, baseUrl);
        owner.filter(walk);
        walk.cut();
        return walk.runs;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            raw.append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e) || e == owner) {
            return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (cutsRun(tag)) {
            cut();
            return FilterResult.SKIP_CHILDREN;
        }
        if (tag.equals("br")) {
            raw.append('\n');
        }
        if (kindOf(tag) != null) {
            openStarts.add(raw.length());
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && e != owner) {
            String tag = e.normalName();
            if (cutsRun(tag)) {
                cut();
            } else {
                Mark.Kind kind = kindOf(tag);
                if (kind != null) {
                    close(e, kind, openStarts.remove(openStarts.size() - 1));
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    private void close(Element e, Mark.Kind kind, int start) {
        if (raw.length() == start) {
            return;
        }
        String href = "";
        if (kind == Mark.Kind.LINK) {
            // asked first: resolving parses URLs, and many anchors are "#" or script hooks
            if (!isFollowable(e.attr("href").trim())) {
                return;
            }
            href = BaseUrl.absolute(e, "href", baseUrl);
        }
        marks.add(new RawMark(start, raw.length(), kind, href));
    }

    private void cut() {
        if (raw.length() > 0) {
            runs.add(new Run(raw.toString(), List.copyOf(marks)));
        }
        raw.setLength(0);
        marks.clear();
        openStarts.replaceAll(start -> 0);
    }

    private static boolean hasMarkup(Element owner) {
        boolean[] found = {false};
        owner.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == owner) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (kindOf(tag) != null) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return cutsRun(tag) ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    /** An anchor without a target, a bare "#" or a script hook is no link a reader can follow. */
    private static boolean isFollowable(String href) {
        return !href.isEmpty() && !href.equals("#") && !href.regionMatches(true, 0, SCRIPT_SCHEME, 0, SCRIPT_SCHEME.length());
    }

    /** Where the segmenter ends one block and starts the next. */
    private static boolean cutsRun(String tag) {
        return Segmenter.BLOCK_TAGS.contains(tag) || tag.equals("pre") || tag.equals("img");
    }

    private static Mark.Kind kindOf(String tag) {
        return switch (tag) {
            case "a" -> Mark.Kind.LINK;
            case "b", "strong" -> Mark.Kind.BOLD;
            case "i", "em" -> Mark.Kind.ITALIC;
            default -> null;
        };
    }
}
