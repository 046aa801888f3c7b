package org.factdesk.read.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.read.page.Block;
import org.jsoup.nodes.Element;

/**
 * Tables: a table of data becomes one block a row, its cells joined with " | "; a table that only lays
 * out the page (old templates put whole articles in cells) is read as the blocks inside its cells.
 */
final class Tables {
    /** Rows and cells looked at before deciding; a table this large is data whatever else it is. */
    private static final int LOOK_AT_ROWS = 200;

    /** Each table is judged once a page, however often the passes ask. */
    private final Map<Element, Boolean> judged = new IdentityHashMap<>();

    boolean isData(Element table) {
        return judged.computeIfAbsent(table, Tables::isDataTable);
    }

    /** Readability's test for a data table, plus: cells of long prose make a layout table. */
    static boolean isDataTable(Element table) {
        String role = table.attr("role");
        if (role.equals("presentation") || role.equals("none") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isBlank()) {
            return true;
        }
        List<Element> rows = ownRows(table);
        int columns = 0;
        int cells = 0;
        int cellChars = 0;
        boolean header = false;
        for (Element row : rows) {
            int c = 0;
            for (Element cell : row.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    c += Math.max(1, parseInt(cell.attr("colspan")));
                    cells++;
                    header |= cell.nameIs("th");
                    // A table in a cell, or paragraphs: the table lays out the page, not data.
                    if (!cell.getElementsByTag("table").isEmpty() || cell.getElementsByTag("p").size() > 1) {
                        return false;
                    }
                    if (cells <= LOOK_AT_ROWS * 4) {
                        cellChars += TextStats.collapsedLength(cell.text());
                    }
                }
            }
            columns = Math.max(columns, c);
        }
        if (rows.size() <= 1 || columns <= 1) {
            return false;
        }
        if (cells > 0 && cellChars / Math.min(cells, LOOK_AT_ROWS * 4) > 200) {
            return false;
        }
        if (header || hasChild(table, "thead", "tfoot", "colgroup", "col")) {
            return true;
        }
        for (Element c : table.children()) {
            if (c.nameIs("caption") && !c.text().isBlank()) {
                return true;
            }
        }
        return rows.size() >= 10 || columns > 4 || rows.size() * columns > 10;
    }

    /** One TABLE block a non-empty row (and the caption as a CAPTION first). */
    static List<Block> rows(Element table) {
        List<Block> out = new ArrayList<>();
        for (Element caption : table.children()) {
            if (caption.nameIs("caption") && !caption.text().isBlank()) {
                out.add(new Block(Block.Kind.CAPTION, caption.text().strip()));
            }
        }
        for (Element row : ownRows(table)) {
            StringBuilder line = new StringBuilder();
            boolean any = false;
            for (Element cell : row.children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) {
                    continue;
                }
                String t = cell.text().strip();
                if (line.length() > 0) {
                    line.append(" | ");
                }
                line.append(t);
                any |= !t.isEmpty();
            }
            if (any) {
                out.add(new Block(Block.Kind.TABLE, line.toString().strip()));
            }
        }
        return out;
    }

    /** The rows of this table, not of tables nested in it. */
    static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                for (Element r : child.children()) {
                    if (r.nameIs("tr")) {
                        rows.add(r);
                    }
                }
            }
        }
        return rows;
    }

    private static boolean hasChild(Element e, String... tags) {
        for (Element c : e.children()) {
            for (String t : tags) {
                if (c.nameIs(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int parseInt(String s) {
        try {
            return s.isBlank() ? 1 : Math.min(100, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
