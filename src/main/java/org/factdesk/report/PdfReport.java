package org.factdesk.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * The HTML report rendered to PDF by openhtmltopdf. The jsoup DOM is handed over as a W3C document (well
 * formed by construction, no re-parsing); every external resource is refused, so rendering never touches
 * the network or the disk whatever the article contains.
 */
final class PdfReport {
    static {
        // openhtmltopdf logs every render to java.util.logging (the console); problems surface as exceptions.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    static void write(List<ReviewReport> reports, ReportOptions options, OutputStream out) throws IOException {
        Document html = HtmlReport.build(reports, options, true);
        // Every text in the shipped fonts (PDF's built-in fonts are Latin-1 only); right-to-left text reordered.
        html.head().appendElement("style").appendChild(new DataNode("body, h1, h2, h3, h4, table, blockquote { font-family: "
                + PdfFonts.FAMILY + "; }"));
        org.w3c.dom.Document w3c = W3CDom.convert(html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        PdfFonts.register(builder);
        builder.useUnicodeBidiSplitter(PdfBidi::splitter);
        builder.useUnicodeBidiReorderer(new PdfBidi());
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(w3c, "about:blank");
        builder.withProducer("FactDesk");
        builder.toStream(out);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("Could not render the PDF report: " + e.getMessage(), e);
        }
    }
}
