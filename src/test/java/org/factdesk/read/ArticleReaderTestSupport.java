package org.factdesk.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Inputs the reader's tests build themselves. */
public final class ArticleReaderTestSupport {
    private ArticleReaderTestSupport() {
    }

    /**
     * A PDF of several pages, each a list of lines set one under the other (a line of "" leaves a paragraph's gap),
     * with the document title given ("" for none).
     */
    public static byte[] pdfPages(String title, java.util.List<java.util.List<String>> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!title.isEmpty()) {
                doc.getDocumentInformation().setTitle(title);
            }
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (java.util.List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 740;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            cs.beginText();
                            cs.setFont(font, 10);
                            cs.newLineAtOffset(60, y);
                            cs.showText(line);
                            cs.endText();
                        }
                        y -= line.isEmpty() ? 10 : 14;
                    }
                    cs.beginText();
                    cs.setFont(font, 8);
                    cs.newLineAtOffset(60, 30);
                    cs.showText("www.transport.example/press | Page " + (doc.getNumberOfPages()) + " of " + pages.size());
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with a title; {@code text} null makes a page with no text layer. */
    public static byte[] pdf(String title, String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title);
            if (text != null) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
