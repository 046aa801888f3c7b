package org.factdesk.archive;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A single PDF as one article (PDFBox text extraction); title from the document information or first line. */
final class PdfReader implements SourceReader {
    @Override
    public void read(Path path, ImportSink sink) throws IOException {
        String file = path.toString();
        try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphStart("\n");
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).strip();
            if (text.isBlank()) {
                sink.skip(new ImportProblem(file, 0, "the PDF has no text layer (scanned images?); skipped"));
                return;
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = info.getTitle() == null || info.getTitle().isBlank()
                    ? text.lines().findFirst().orElse("").strip() : info.getTitle().strip();
            LocalDate published = info.getCreationDate() == null ? null
                    : info.getCreationDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            String source = info.getAuthor() == null ? "" : info.getAuthor().strip();
            sink.accept(new Article(path.getFileName().toString(), title, text, source, published, ""), file, 0);
        } catch (InvalidPasswordException e) {
            sink.skip(new ImportProblem(file, 0, "the PDF is password-protected; skipped"));
        } catch (IOException e) {
            sink.skip(new ImportProblem(file, 0, "not a readable PDF (" + e.getMessage() + "); skipped"));
        }
    }
}
