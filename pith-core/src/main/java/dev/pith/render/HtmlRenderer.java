package dev.pith.render;

import dev.pith.model.Article;
import dev.pith.model.Block;
import dev.pith.model.Caption;
import dev.pith.model.Code;
import dev.pith.model.Heading;
import dev.pith.model.Image;
import dev.pith.model.ListBlock;
import dev.pith.model.Mark;
import dev.pith.model.Metadata;
import dev.pith.model.Paragraph;
import dev.pith.model.Quote;
import dev.pith.model.Table;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Entities;

/** A clean, self-contained HTML document: metadata in the head, the body as semantic markup. */
public final class HtmlRenderer implements Renderer {

    /** Links as {@code <a href>}, bold as {@code <strong>}, italic as {@code <em>}; text escaped. */
    private static final InlineMarkup.Syntax HTML = new InlineMarkup.Syntax() {
        @Override
        public String text(String plain) {
            return esc(plain);
        }

        @Override
        public String open(Mark mark) {
            return switch (mark.kind()) {
                case LINK -> "<a href=\"" + esc(InlineMarkup.cleanHref(mark.href())) + "\">";
                case BOLD -> "<strong>";
                case ITALIC -> "<em>";
            };
        }

        @Override
        public String close(Mark mark) {
            return switch (mark.kind()) {
                case LINK -> "</a>";
                case BOLD -> "</strong>";
                case ITALIC -> "</em>";
            };
        }
    };

    private final RenderOptions options;

    /** HTML of the text alone, without links or formatting. */
    public HtmlRenderer() {
        this(RenderOptions.DEFAULTS);
    }

    /** HTML with the links and formatting the options ask for. */
    public HtmlRenderer(RenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public String render(Article article) {
        Metadata m = article.metadata();
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html");
        if (!m.language().isEmpty()) {
            sb.append(" lang=\"").append(esc(m.language())).append('"');
        }
        sb.append(">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.append("<title>").append(esc(m.title())).append("</title>\n");
        meta(sb, "description", m.description());
        meta(sb, "author", String.join(", ", m.authors()));
        meta(sb, "date", m.date());
        if (!m.canonicalUrl().isEmpty()) {
            sb.append("<link rel=\"canonical\" href=\"").append(esc(m.canonicalUrl())).append("\">\n");
        }
        sb.append("</head>\n<body>\n<article>\n");
        if (!m.title().isEmpty()) {
            sb.append("<h1>").append(esc(m.title())).append("</h1>\n");
        }
        List<Block> body = article.body();
        int i = 0;
        while (i < body.size()) {
            i = figureOrBlock(body, i, sb);
            sb.append('\n');
        }
        return sb.append("</article>\n</body>\n</html>\n").toString();
    }

    /**
     * Appends the block at {@code i}, or the figure that starts there, and gives the index after
     * it. A figcaption belongs inside a figure: an image and the captions right after it make
     * one figure, and captions whose image was not kept make a figure of their own, so the
     * document stays valid HTML. A figure holds one figcaption, so consecutive captions (a
     * caption and its credit line) share it, a line each.
     */
    private int figureOrBlock(List<Block> body, int i, StringBuilder sb) {
        Block first = body.get(i);
        int captionsFrom = first instanceof Image ? i + 1 : i;
        int end = captionsFrom;
        while (end < body.size() && body.get(end) instanceof Caption) {
            end++;
        }
        if (end == captionsFrom) {
            sb.append(block(first));
            return i + 1;
        }
        sb.append("<figure>\n");
        if (first instanceof Image) {
            sb.append(block(first)).append('\n');
        }
        sb.append("<figcaption>");
        for (int c = captionsFrom; c < end; c++) {
            Block caption = body.get(c);
            sb.append(c > captionsFrom ? "<br>\n" : "").append(lines(caption.text(), caption.marks()));
        }
        sb.append("</figcaption>\n</figure>");
        return end;
    }

    private static void meta(StringBuilder sb, String name, String content) {
        if (!content.isEmpty()) {
            sb.append("<meta name=\"").append(name).append("\" content=\"").append(esc(content)).append("\">\n");
        }
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }

    private static String lines(String s) {
        return esc(s).replace("\n", "<br>\n");
    }

    /** The text escaped, with the marks the options ask for, line breaks as {@code <br>}. */
    private String lines(String text, List<Mark> marks) {
        return InlineMarkup.any(marks, options)
                ? InlineMarkup.write(text, marks, options, HTML).replace("\n", "<br>\n") : lines(text);
    }

    private String block(Block block) {
        if (block instanceof Heading h) {
            String inner = InlineMarkup.any(h.marks(), options) ? InlineMarkup.write(h.text(), h.marks(), options, HTML)
                    : esc(h.text());
            return "<h" + h.level() + ">" + inner + "</h" + h.level() + ">";
        } else if (block instanceof Paragraph p) {
            return "<p>" + lines(p.text(), p.marks()) + "</p>";
        } else if (block instanceof ListBlock l) {
            return list(l);
        } else if (block instanceof Quote q) {
            return "<blockquote><p>" + lines(q.text(), q.marks()) + "</p></blockquote>";
        } else if (block instanceof Code c) {
            String cls = c.language().isEmpty() ? "" : " class=\"language-" + esc(c.language()) + "\"";
            return "<pre><code" + cls + ">" + esc(c.text()) + "</code></pre>";
        } else if (block instanceof Table t) {
            return table(t.rows());
        } else if (block instanceof Image i) {
            return "<img src=\"" + esc(i.src()) + "\" alt=\"" + esc(i.alt()) + "\">";
        }
        throw new IllegalStateException("unknown block " + block);
    }

    private String list(ListBlock l) {
        String tag = l.ordered() ? "ol" : "ul";
        StringBuilder sb = new StringBuilder("<").append(tag).append(">\n");
        int offset = 0;
        for (String item : l.items()) {
            sb.append("<li>").append(lines(item, InlineMarkup.within(l.marks(), offset, offset + item.length())))
                    .append("</li>\n");
            offset += item.length() + 1;
        }
        return sb.append("</").append(tag).append('>').toString();
    }

    private static String table(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("<table>\n");
        for (List<String> row : rows) {
            sb.append("<tr>");
            row.forEach(cell -> sb.append("<td>").append(lines(cell)).append("</td>"));
            sb.append("</tr>\n");
        }
        return sb.append("</table>").toString();
    }
}
