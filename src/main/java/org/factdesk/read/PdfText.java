package org.factdesk.read;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.read.page.Block;
import org.factdesk.read.page.PageMetadata;
import org.factdesk.read.page.ReadException;
import org.factdesk.read.page.ReadPage;

/** A PDF's text layer (PDFBox) as paragraphs, with its title, author and creation date. */
public final class PdfText {
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
            String text = stripper.getText(pdf).replace("\r\n", "\n").strip();
            if (text.isBlank()) {
                throw new ReadException(where + " is a PDF without a text layer (scanned pages?). Run it through "
                        + "OCR, or copy its text and paste it (Ctrl+Shift+V).");
            }
            List<Block> blocks = new ArrayList<>();
            for (String para : text.split("\\n[ \\t]*\\n")) {
                String p = para.strip().replaceAll("-\\n(?=\\p{Ll})", "").replaceAll("[ \\t]*\\n[ \\t]*", " ");
                if (!p.isEmpty()) {
                    blocks.add(Block.paragraph(p));
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = info.getTitle() == null ? "" : info.getTitle();
            String author = info.getAuthor() == null ? "" : info.getAuthor();
            LocalDate created = info.getCreationDate() == null ? null
                    : info.getCreationDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            return new ReadPage(new PageMetadata(title, author, "", created, null, "", ""), blocks);
        } catch (InvalidPasswordException e) {
            throw new ReadException(where + " is a password-protected PDF. Open it in a PDF viewer, save an "
                    + "unprotected copy, and open that.", e);
        } catch (IOException e) {
            throw new ReadException(where + " is not a readable PDF (" + e.getMessage() + "). Save the article "
                    + "again, or as a web page or text.", e);
        }
    }
}
