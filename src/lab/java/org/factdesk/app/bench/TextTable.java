package org.factdesk.app.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns (first column left, the rest right). */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    TextTable row(Object... cells) {
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = format(cells[i]);
        }
        rows.add(r);
        return this;
    }

    static String format(Object o) {
        if (o instanceof Double d) {
            if (d.isNaN()) {
                return "-";
            }
            return Math.abs(d) >= 100 ? "%,.0f".formatted(d) : "%.2f".formatted(d);
        }
        if (o instanceof Long || o instanceof Integer) {
            return "%,d".formatted(o);
        }
        return String.valueOf(o);
    }

    void print(PrintStream out) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (int n = 0; n < rows.size(); n++) {
            String[] r = rows.get(n);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i];
                String pad = " ".repeat(width[i] - cell.length());
                sb.append(i == 0 ? cell + pad : pad + cell);
                if (i < r.length - 1) {
                    sb.append("  ");
                }
            }
            out.println(sb.toString().stripTrailing());
            if (n == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                out.println("-".repeat(Math.max(0, total - 2)));
            }
        }
    }
}
