package dev.pith.assemble;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.classify.Decision;
import dev.pith.model.Block;
import dev.pith.model.Caption;
import dev.pith.model.Code;
import dev.pith.model.Heading;
import dev.pith.model.Image;
import dev.pith.model.ListBlock;
import dev.pith.model.Mark;
import dev.pith.model.Paragraph;
import dev.pith.model.Quote;
import dev.pith.parse.Ancestors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The assemble stage: turns the kept text blocks into typed article blocks in reading order,
 * joining list items into lists and data-table cells into tables.
 */
public final class Assembler {

    private static final Pattern CODE_LANGUAGE = Pattern.compile("(?:language|lang)-([\\w+#-]+)");
    /** Parsed once: jsoup parses a query string again on every call. */
    private static final Evaluator CODE_ELEMENT = QueryParser.parse("code");

    private Assembler() {
    }

    /** The kept blocks as article blocks, image URLs left as the page wrote them. */
    public static List<Block> assemble(List<Decision> decisions) {
        return assemble(decisions, "");
    }

    /**
     * The kept blocks as article blocks.
     *
     * @param decisions the classified blocks in document order
     * @param baseUrl   what relative image and link URLs resolve against (see {@link BaseUrl}), or ""
     */
    public static List<Block> assemble(List<Decision> decisions, String baseUrl) {
        return assemble(decisions, baseUrl, true);
    }

    /**
     * The kept blocks as article blocks, with their inline marks or without any.
     *
     * @param decisions   the classified blocks in document order
     * @param baseUrl     what relative image and link URLs resolve against (see {@link BaseUrl}), or ""
     * @param inlineMarks whether blocks get their links, bold and italic text as marks; the text is the same
     */
    public static List<Block> assemble(List<Decision> decisions, String baseUrl, boolean inlineMarks) {
        List<Block> out = new ArrayList<>();
        Function<TextBlock, List<Mark>> marks = inlineMarks ? new InlineMarks(baseUrl)::of : b -> List.of();
        ListCollector list = new ListCollector(out);
        TableCollector table = new TableCollector(out);
        for (Decision d : decisions) {
            if (!d.kept()) {
                continue;
            }
            TextBlock b = d.block();
            if (b.kind() != BlockKind.LIST_ITEM) {
                list.close();
            }
            if (b.kind() != BlockKind.TABLE_CELL) {
                table.close();
            }
            switch (b.kind()) {
                case LIST_ITEM -> list.add(b, marks.apply(b));
                case TABLE_CELL -> table.add(b);
                case HEADING -> out.add(new Heading(b.level(), b.text(), marks.apply(b)));
                case QUOTE -> out.add(new Quote(b.text(), marks.apply(b)));
                case CODE -> out.add(new Code(b.text(), codeLanguage(b.owner())));
                case CAPTION -> out.add(new Caption(b.text(), marks.apply(b)));
                case IMAGE -> out.add(new Image(BaseUrl.absolute(b.owner(), "src", baseUrl), b.owner().attr("alt")));
                case PARAGRAPH, TEXT -> out.add(new Paragraph(b.text(), marks.apply(b)));
            }
        }
        list.close();
        table.close();
        return out;
    }

    private static String codeLanguage(Element pre) {
        Element code = pre.selectFirst(CODE_ELEMENT);
        String classes = pre.className() + " " + (code == null ? "" : code.className());
        Matcher m = CODE_LANGUAGE.matcher(classes);
        return m.find() ? m.group(1) : "";
    }

    /** The elements that hold one item of a list. */
    private static final Set<String> LIST_ITEMS = Set.of("li", "dd", "dt");

    /** Gathers consecutive items of one list element into a {@link ListBlock}. */
    private static final class ListCollector {
        private final List<Block> out;
        private final List<String> items = new ArrayList<>();
        private final List<Mark> marks = new ArrayList<>();
        /** Length of the list's text, items joined by a line break, so far. */
        private int textLength;
        private Element list;
        private Element item;
        private boolean ordered;

        ListCollector(List<Block> out) {
            this.out = out;
        }

        void add(TextBlock b, List<Mark> blockMarks) {
            Element owner = b.owner();
            Element li = Ancestors.closest(owner, LIST_ITEMS);
            Element l = li == null ? null : li.parent();
            if (l != list) {
                close();
                list = l;
                ordered = l != null && l.normalName().equals("ol");
            }
            boolean sameItem = li != null && li == item && !items.isEmpty();
            int separator = items.isEmpty() ? 0 : 1;
            int offset = textLength + separator;
            if (sameItem) {
                int last = items.size() - 1;
                items.set(last, items.get(last) + " " + b.text());
            } else {
                items.add(b.text());
            }
            textLength = offset + b.text().length();
            blockMarks.forEach(m -> marks.add(new Mark(m.start() + offset, m.end() + offset, m.kind(), m.href())));
            item = li;
        }

        void close() {
            if (!items.isEmpty()) {
                out.add(new ListBlock(ordered, items, marks));
            }
            items.clear();
            marks.clear();
            textLength = 0;
            list = null;
            item = null;
        }
    }
}
