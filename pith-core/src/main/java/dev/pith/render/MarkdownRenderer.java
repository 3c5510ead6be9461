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

/** Markdown with the metadata as YAML front matter. */
public final class MarkdownRenderer implements Renderer {

    /** Links as {@code [text](url)}, bold as {@code **text**}, italic as {@code *text*}. */
    private static final InlineMarkup.Syntax MARKDOWN = new InlineMarkup.Syntax() {
        @Override
        public String text(String plain) {
            return plain;
        }

        @Override
        public String open(Mark mark) {
            return switch (mark.kind()) {
                case LINK -> "[";
                case BOLD -> "**";
                case ITALIC -> "*";
            };
        }

        @Override
        public String close(Mark mark) {
            return switch (mark.kind()) {
                case LINK -> "](" + InlineMarkup.cleanHref(mark.href()).replace("(", "%28").replace(")", "%29") + ")";
                case BOLD -> "**";
                case ITALIC -> "*";
            };
        }
    };

    private final RenderOptions options;

    /** Markdown of the text alone, without links or formatting. */
    public MarkdownRenderer() {
        this(RenderOptions.DEFAULTS);
    }

    /** Markdown with the links and formatting the options ask for. */
    public MarkdownRenderer(RenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public String render(Article article) {
        StringBuilder sb = new StringBuilder();
        frontMatter(article, sb);
        for (Block block : article.body()) {
            String md = block(block);
            if (md.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(md);
        }
        return sb.append('\n').toString();
    }

    private static void frontMatter(Article a, StringBuilder sb) {
        Metadata m = a.metadata();
        StringBuilder fm = new StringBuilder();
        field(fm, "title", m.title());
        field(fm, "description", m.description());
        if (!m.authors().isEmpty()) {
            fm.append("authors:\n");
            m.authors().forEach(name -> fm.append("  - ").append(yaml(name)).append('\n'));
        }
        field(fm, "published", m.published());
        field(fm, "modified", m.modified());
        field(fm, "date", m.date());
        field(fm, "site", m.site());
        field(fm, "language", m.language());
        field(fm, "url", a.url());
        field(fm, "canonical_url", m.canonicalUrl());
        field(fm, "image", m.image());
        if (!m.tags().isEmpty()) {
            fm.append("tags:\n");
            m.tags().forEach(tag -> fm.append("  - ").append(yaml(tag)).append('\n'));
        }
        if (fm.length() > 0) {
            sb.append("---\n").append(fm).append("---");
        }
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (!value.isEmpty()) {
            sb.append(name).append(": ").append(yaml(value)).append('\n');
        }
    }

    /** A YAML double-quoted scalar: safe for any text. */
    private static String yaml(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    /** The text with the marks the options ask for. */
    private String inline(String text, List<Mark> marks) {
        return InlineMarkup.any(marks, options) ? InlineMarkup.write(text, marks, options, MARKDOWN) : text;
    }

    String block(Block block) {
        if (block instanceof Heading h) {
            return "#".repeat(h.level()) + " " + inline(h.text(), h.marks()).replace('\n', ' ');
        } else if (block instanceof Paragraph p) {
            return inline(p.text(), p.marks()).replace("\n", "  \n");
        } else if (block instanceof ListBlock l) {
            return list(l);
        } else if (block instanceof Quote q) {
            return "> " + inline(q.text(), q.marks()).replace("\n", "\n> ");
        } else if (block instanceof Code c) {
            String fence = c.text().contains("```") ? "~~~~" : "```";
            return fence + c.language() + "\n" + c.text() + "\n" + fence;
        } else if (block instanceof Table t) {
            return table(t);
        } else if (block instanceof Caption c) {
            return "*" + inline(c.text(), c.marks()).replace('\n', ' ') + "*";
        } else if (block instanceof Image i) {
            return "![" + i.alt().replace("]", "\\]") + "](" + i.src() + ")";
        }
        throw new IllegalStateException("unknown block " + block);
    }

    private String list(ListBlock l) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        int offset = 0;
        for (String item : l.items()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String text = inline(item, InlineMarkup.within(l.marks(), offset, offset + item.length()));
            offset += item.length() + 1;
            sb.append(l.ordered() ? (n++) + ". " : "- ").append(text.replace("\n", "\n  "));
        }
        return sb.toString();
    }

    private static String table(Table t) {
        List<List<String>> rows = t.rows();
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            sb.append('|');
            for (int c = 0; c < cols; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                sb.append(' ').append(cell.replace("|", "\\|").replace('\n', ' ')).append(" |");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append('|').append(" --- |".repeat(cols)).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }
}
