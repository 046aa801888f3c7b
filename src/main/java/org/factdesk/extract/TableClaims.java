package org.factdesk.extract;

import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.DateMention;
import org.factdesk.model.Quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of data is one claim, not one a row: the reader writes each row as a line of cells joined by " | ", and
 * every row with a figure passed as a claim, so a page with a table of sixty contributors listed sixty claims without
 * their column headers. The rows of one table (with its header line) become one claim, at most {@link #MAX_ROWS}
 * lines each, which the reviewer can split where a row matters; a table of one or two row claims keeps them.
 */
final class TableClaims {
    /** Lines of a table in one claim: a longer table is several claims. */
    static final int MAX_ROWS = 40;
    /** Fewer row claims than this in a table stay claims of their own. */
    private static final int MIN_ROW_CLAIMS = 3;

    private TableClaims() {
    }

    /** The claims with each table's row claims joined; one pass over the text and one over the claims. */
    static List<Claim> joined(Article article, List<Claim> claims) {
        if (claims.stream().noneMatch(TableClaims::isRow)) {
            return claims;
        }
        String text = article.text();
        List<int[]> tables = tableLines(text);
        List<Claim> out = new ArrayList<>(claims.size());
        int t = 0;
        int i = 0;
        while (i < claims.size()) {
            Claim c = claims.get(i);
            while (t < tables.size() && lastEnd(tables.get(t)) <= c.start()) {
                t++;
            }
            int[] table = t < tables.size() && isRow(c) && c.start() >= tables.get(t)[0] ? tables.get(t) : null;
            if (table == null) {
                out.add(c);
                i++;
                continue;
            }
            int j = i; // every claim inside the table: its rows, and a row's second sentence
            while (j < claims.size() && claims.get(j).start() < lastEnd(table)) {
                j++;
            }
            if (claims.subList(i, j).stream().filter(TableClaims::isRow).count() < MIN_ROW_CLAIMS) {
                out.addAll(claims.subList(i, j));
            } else {
                out.addAll(chunks(article, table, claims.subList(i, j)));
            }
            i = j;
        }
        return out;
    }

    private static boolean isRow(Claim c) {
        return c.text().contains(" | ");
    }

    /** A table's lines as {start0, end0, start1, end1, ...}: runs of non-blank lines that all hold " | ". */
    private static List<int[]> tableLines(String text) {
        List<int[]> tables = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(at, end);
            if (line.contains(" | ")) {
                current.add(at);
                current.add(end);
            } else if (!line.isBlank() && !current.isEmpty()) {
                tables.add(current.stream().mapToInt(Integer::intValue).toArray());
                current.clear();
            }
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        if (!current.isEmpty()) {
            tables.add(current.stream().mapToInt(Integer::intValue).toArray());
        }
        return tables;
    }

    private static int lastEnd(int[] table) {
        return table[table.length - 1];
    }

    /**
     * One claim per {@link #MAX_ROWS} lines of the table, the first with the lines above its first row claim; the
     * rows (in text order) are walked once.
     */
    private static List<Claim> chunks(Article article, int[] table, List<Claim> rows) {
        List<Claim> out = new ArrayList<>();
        int lines = table.length / 2;
        int next = 0;
        int previousEnd = 0;
        for (int first = 0; first < lines && next < rows.size(); first += MAX_ROWS) {
            int last = Math.min(lines, first + MAX_ROWS) - 1;
            int start = Math.max(table[2 * first], previousEnd);
            int end = table[2 * last + 1];
            List<Quantity> quantities = new ArrayList<>();
            List<DateMention> dates = new ArrayList<>();
            double score = 0;
            int taken = 0;
            while (next < rows.size() && rows.get(next).start() < end) {
                Claim r = rows.get(next++);
                quantities.addAll(r.quantities());
                dates.addAll(r.dates());
                score = Math.max(score, r.score());
                end = Math.max(end, r.end()); // a row's claim running past its line (the next sentence)
                taken++;
            }
            if (taken == 0 || end <= start) {
                continue;
            }
            previousEnd = end;
            String words = article.text().substring(start, end);
            out.add(new Claim(Claim.idFor(article.id(), words), article.id(), words,
                    quantities.isEmpty() ? ClaimKind.ASSERTION : ClaimKind.QUANTITY, start, end, score, quantities, null,
                    null, dates));
        }
        return out;
    }
}
