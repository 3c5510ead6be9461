package dev.pith.assemble;

import dev.pith.block.TextBlock;
import dev.pith.model.Block;
import dev.pith.model.Paragraph;
import dev.pith.model.Table;
import dev.pith.parse.Ancestors;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Gathers consecutive cells of one table into a {@link Table}, row by row. A table with a
 * table inside is page layout, not data: its cells come out as paragraphs.
 */
final class TableCollector {

    private final List<Block> out;
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> row;
    private Element table;
    private Element tr;
    private boolean layout;

    TableCollector(List<Block> out) {
        this.out = out;
    }

    void add(TextBlock b) {
        Element cell = b.owner();
        Element t = Ancestors.closest(cell, "table");
        if (t != table) {
            close();
            table = t;
            layout = t == null || t.getElementsByTag("table").size() > 1;
        }
        if (layout) {
            out.add(new Paragraph(b.text()));
            return;
        }
        Element r = Ancestors.closest(cell, "tr");
        if (r != tr || row == null) {
            row = new ArrayList<>();
            rows.add(row);
            tr = r;
        }
        row.add(b.text());
    }

    void close() {
        if (rows.size() == 1 && rows.get(0).size() == 1) {
            out.add(new Paragraph(rows.get(0).get(0)));
        } else if (!rows.isEmpty()) {
            out.add(new Table(rows));
        }
        rows.clear();
        row = null;
        table = null;
        tr = null;
    }
}
