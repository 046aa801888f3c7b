package org.factdesk.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

/**
 * The fonts the PDF report embeds, shipped in {@code resources/fonts/} (licences there): PDF's built-in
 * fonts know only Latin-1, so without these an article in Russian, Greek, Arabic, Chinese or Korean came
 * out as '#'. DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Hebrew; WenQuanYi Micro Hei (cut down to
 * CJK and Hangul) covers Chinese, Japanese and Korean. openhtmltopdf picks, character by character, the
 * first font of the family list that has the glyph, and embeds only the glyphs used.
 */
final class PdfFonts {
    static final String LATIN = "DejaVu Sans";
    static final String CJK = "WenQuanYi Micro Hei";
    /** The CSS font-family of the PDF: every text goes through the shipped fonts. */
    static final String FAMILY = "\"" + LATIN + "\", \"" + CJK + "\"";

    private static final String FOLDER = "/factdesk/fonts/";

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        var everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);
        builder.useFont(() -> open("DejaVuSans.ttf"), LATIN, 400, FontStyle.NORMAL, true, everywhere);
        builder.useFont(() -> open("DejaVuSans-Bold.ttf"), LATIN, 700, FontStyle.NORMAL, true, everywhere);
        builder.useFont(() -> open("WenQuanYiMicroHei-CJK.ttf"), CJK, 400, FontStyle.NORMAL, true, everywhere);
    }

    private static InputStream open(String file) {
        InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException("The PDF font " + FOLDER + file
                    + " is missing from this FactDesk installation; reinstall FactDesk."));
        }
        return in;
    }
}
