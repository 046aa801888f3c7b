package org.factdesk.report;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;

/**
 * One row per claim. Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return, unless they are a plain number) get a leading apostrophe, the OWASP guard against CSV
 * injection: opening the file runs nothing. Control characters (NUL, escape) are left out. The file starts with a
 * UTF-8 byte order mark, so spreadsheets read its non-ASCII text as written.
 */
final class CsvReport {
    static final List<String> HEADER = List.of("article_id", "article_title", "claim_id", "kind", "text", "score",
            "status", "confidence", "rationale", "reviewer", "updated_at", "evidence");

    /** The byte order mark, U+FEFF (EF BB BF in UTF-8). */
    static final char BOM = '\uFEFF';

    private CsvReport() {
    }

    static void write(List<ReviewReport> reports, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(HEADER.toArray(String[]::new))
                .setRecordSeparator("\r\n")
                .get();
        // A UTF-8 byte order mark first: without it Excel reads the file as the system's code page and garbles
        // every non-ASCII letter (names, quotes in other languages). FactDesk's own CSV import skips it.
        out.append(BOM);
        // Not closed: closing the printer would close the caller's stream.
        CSVPrinter csv = new CSVPrinter(out, format);
        for (ReviewReport r : reports) {
            for (ReviewedClaim rc : r.claims()) {
                Claim c = rc.claim();
                Verdict v = rc.verdict();
                csv.printRecord(safe(r.article().id()), safe(r.article().title()), safe(c.id()), c.kind().code(),
                        safe(c.text()), ReportText.score(c.score()), v.status().label(), v.confidence(),
                        safe(v.rationale()), safe(v.reviewer()),
                        v.updatedAt() == null ? "" : v.updatedAt().toString(),
                        safe(ReportText.evidenceList(v.evidence())));
            }
        }
        csv.flush();
    }

    static String safe(String raw) {
        String cell = ReportText.printable(raw); // a NUL or an escape in a cell breaks spreadsheets and readers
        if (cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (risky && !cell.matches("[-+]?\\d+([.,]\\d+)?%?")) {
            return "'" + cell;
        }
        return cell;
    }
}
