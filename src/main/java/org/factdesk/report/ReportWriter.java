package org.factdesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;

/** Writes review reports in any {@link ReportFormat}. Does not close {@code out}. */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    static {
        JSON.getFactory().setCharacterEscapes(new HtmlSafeJsonEscapes());
    }

    /**
     * JSON-LD is pasted into {@code <script type="application/ld+json">}: article text containing
     * {@code </script>} must not end that element, so HTML-significant characters are written as
     * backslash-u escapes (still the same JSON strings to any parser).
     */
    private static final class HtmlSafeJsonEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeJsonEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private ReportWriter() {
    }

    public static void write(List<ReviewReport> reports, ReportFormat format, OutputStream out) throws IOException {
        write(reports, format, out, ReportOptions.defaults());
    }

    public static void write(List<ReviewReport> reports, ReportFormat format, OutputStream out, ReportOptions options)
            throws IOException {
        switch (format) {
            case HTML -> text(out, html(reports, options));
            case PDF -> PdfReport.write(reports, options, out);
            case MARKDOWN -> text(out, MarkdownReport.build(reports, options));
            case CSV -> {
                Writer w = writer(out);
                CsvReport.write(reports, w);
                w.flush();
            }
            case JSON -> json(out, JsonReport.build(reports, options));
            case CLAIMREVIEW -> json(out, ClaimReviewJsonLd.build(reports, options));
        }
        out.flush();
    }

    /** The HTML report as a string (also what the PDF is rendered from, apart from the chart). */
    public static String html(List<ReviewReport> reports, ReportOptions options) {
        Document doc = HtmlReport.build(reports, options, false);
        return "<!DOCTYPE html>\n" + doc.html();
    }

    private static void json(OutputStream out, JsonNode node) throws IOException {
        Writer w = writer(out);
        JSON.writeValue(w, node);
        w.write('\n');
        w.flush();
    }

    private static void text(OutputStream out, String s) throws IOException {
        Writer w = writer(out);
        w.write(ReportText.printable(s));
        w.flush();
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
