package dev.pith.assemble;

import dev.pith.block.TextBlock;
import dev.pith.model.Block;
import dev.pith.model.Paragraph;
import dev.pith.model.Table;
import dev.pith.parse.Ancestors;
import dev.pith.parse.Descendants;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Gathers consecutive cells of one table into a {@link Table}, row by row. A table with a
 * table inside is page layout, not data: its cells come out as paragraphs.
 */
final class TableCollector {

    private static final String TABLE = "table";

    private final List<Block> out;
    /**
     * Each table's verdict, once: the cells of a layout table and of the tables inside it take
     * turns, and each turn would otherwise search the whole layout table again.
     */
    private final Map<Element, Boolean> layoutTables = new IdentityHashMap<>();
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
        Element t = Ancestors.closest(cell, TABLE);
        if (t != table) {
            close();
            table = t;
            layout = t == null || layoutTables.computeIfAbsent(t, TableCollector::holdsTable);
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

    /** True when a table lies inside {@code table}; the search stops at the first. */
    private static boolean holdsTable(Element table) {
        for (Element child = table.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (Descendants.first(child, TABLE, e -> true) != null) {
                return true;
            }
        }
        return false;
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
