package org.factdesk.read;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.read.page.ReadException;
import org.factdesk.read.page.ReadPage;
import org.factdesk.read.text.PlainTextPage;

/**
 * A PDF's text layer (PDFBox), read as the text of a page: each page's running head and foot (a line that opens or
 * closes two pages or more, page numbers aside: "Ministry of Transport | Press release", "www.site.example | Page 2
 * of 5") and bare page numbers are left out, a paragraph broken by a page break is joined again, and the text is
 * then read as pasted text is (headline, byline, dateline and page chrome found as there). The document's own
 * title and author come first, unless the title is a file name ("Microsoft Word - draft3.docx"); its creation date
 * stands in only when the text shows none (a web page printed to PDF was created when it was printed).
 */
public final class PdfText {
    /** Lines at each end of a page looked at as its running head or foot. */
    private static final int EDGE_LINES = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:[-–—]\\s*)?(?:page|p\\.|seite|página|pagina)?\\s*\\d{1,4}\\s*(?:(?:of|/|von|de|di)\\s*\\d{1,4})?(?:\\s*[-–—])?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern FILE_NAME_TITLE = Pattern.compile(
            "(?i)(?:microsoft (?:word|powerpoint) - .*|.*\\.(?:docx?|pdf|odt|rtf|indd|qxd|pages|txt|html?)|untitled.*|title|document\\d*)");

    private PdfText() {
    }

    /**
     * @param where names the input in messages (a file or a URL)
     * @throws ReadException when the bytes are not a readable PDF, are encrypted, or have no text layer
     */
    public static ReadPage read(byte[] bytes, String where) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphStart("\n");
            stripper.setSortByPosition(true);
            stripper.setPageEnd("\n\f\n");
            String text = stripper.getText(pdf).replace("\r\n", "\n");
            if (text.replace('\f', ' ').isBlank()) {
                throw new ReadException(where + " is a PDF without a text layer (scanned pages?). Run it through "
                        + "OCR, or copy its text and paste it (Ctrl+Shift+V).");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = info.getTitle() == null ? "" : info.getTitle().strip();
            String author = info.getAuthor() == null ? "" : info.getAuthor().strip();
            LocalDate created = info.getCreationDate() == null ? null
                    : info.getCreationDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            Map<String, String> known = new HashMap<>();
            if (!title.isEmpty() && !FILE_NAME_TITLE.matcher(title).matches()) {
                known.put("title", title);
            }
            if (!author.isEmpty()) {
                known.put("author", author);
            }
            ReadPage page = PlainTextPage.read(paragraphs(text.split("\f", -1)), known);
            if (page.metadata().published() == null && created != null) {
                // a date the text does not give: when the PDF was made (a page printed to PDF: when it was printed)
                org.factdesk.read.page.PageMetadata m = page.metadata();
                page = new ReadPage(new org.factdesk.read.page.PageMetadata(m.title(), m.byline(), m.siteName(), created,
                        m.updated(), m.url(), m.language()), page.blocks());
            }
            return page;
        } catch (InvalidPasswordException e) {
            throw new ReadException(where + " is a password-protected PDF. Open it in a PDF viewer, save an "
                    + "unprotected copy, and open that.", e);
        } catch (IOException e) {
            throw new ReadException(where + " is not a readable PDF (" + e.getMessage() + "). Save the article "
                    + "again, or as a web page or text.", e);
        }
    }

    /**
     * The pages' text as paragraphs split by blank lines, each paragraph's lines joined (hyphens at a line's end
     * undone), without running heads, feet and page numbers; a paragraph cut by a page break goes on.
     */
    static String paragraphs(String[] pages) {
        List<List<String>> lines = new ArrayList<>();
        for (String page : pages) {
            lines.add(new ArrayList<>(List.of(page.split("\n", -1))));
        }
        Map<String, Integer> edgeCount = new HashMap<>();
        for (List<String> page : lines) {
            for (String key : new java.util.HashSet<>(edgeKeys(page))) {
                edgeCount.merge(key, 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> page : lines) {
            List<Integer> edges = edgeIndexes(page);
            for (int i : edges) {
                String line = page.get(i).strip();
                if (PAGE_NUMBER.matcher(line).matches() || edgeCount.getOrDefault(key(line), 0) >= 2) {
                    page.set(i, "");
                }
            }
            String body = String.join("\n", page).strip();
            if (body.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                // a page that ends mid-sentence goes on with the next one's first line
                char last = out.charAt(out.length() - 1);
                out.append(".!?:\"”)".indexOf(last) >= 0 ? "\n\n" : "\n");
            }
            out.append(body);
        }
        StringBuilder text = new StringBuilder();
        for (String para : out.toString().split("\\n[ \\t]*\\n")) {
            String p = para.strip().replaceAll("-\\n(?=\\p{Ll})", "").replaceAll("[ \\t]*\\n[ \\t]*", " ");
            if (!p.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(p);
            }
        }
        return text.toString();
    }

    /** The normalised first and last lines of a page: the places of a running head and foot. */
    private static List<String> edgeKeys(List<String> page) {
        List<String> keys = new ArrayList<>();
        for (int i : edgeIndexes(page)) {
            String k = key(page.get(i).strip());
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** The indexes of a page's first and last {@link #EDGE_LINES} non-blank lines. */
    private static List<Integer> edgeIndexes(List<String> page) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0, n = 0; i < page.size() && n < EDGE_LINES; i++) {
            if (!page.get(i).isBlank()) {
                at.add(i);
                n++;
            }
        }
        for (int i = page.size() - 1, n = 0; i >= 0 && n < EDGE_LINES; i--) {
            if (!page.get(i).isBlank()) {
                if (!at.contains(i)) {
                    at.add(i);
                }
                n++;
            }
        }
        return at;
    }

    /** A line with its numbers as "#" and its case and spacing folded: "Page 2 of 5" and "Page 3 of 5" meet. */
    private static String key(String line) {
        return DIGITS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#").replaceAll("\\s+", " ").strip();
    }
}
