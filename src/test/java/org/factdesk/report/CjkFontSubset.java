package org.factdesk.report;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;

/**
 * Makes {@code resources/fonts/WenQuanYiMicroHei-CJK.ttf}, the PDF report's font for Chinese, Japanese and
 * Korean, from WenQuanYi Micro Hei (Debian package fonts-wqy-microhei, Apache-2.0): the regular face of the
 * collection, cut down to the CJK and Hangul blocks (DejaVu Sans covers the rest). Not part of the build;
 * run once when the font changes:
 * {@code java -cp <fontbox, pdfbox-io, commons-logging jars> src/test/java/org/factdesk/report/CjkFontSubset.java
 * /usr/share/fonts/truetype/wqy/wqy-microhei.ttc resources/fonts/WenQuanYiMicroHei-CJK.ttf}
 */
public final class CjkFontSubset {
    /** Unicode blocks kept: Hangul, CJK symbols and punctuation, kana, bopomofo, ideographs, full-width forms. */
    static final int[][] RANGES = {
            {0x1100, 0x11FF}, {0x2E80, 0x2FDF}, {0x3000, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
            {0xA960, 0xA97F}, {0xAC00, 0xD7FF}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFFEF},
    };

    private CjkFontSubset() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        AtomicBoolean done = new AtomicBoolean();
        try (TrueTypeCollection ttc = new TrueTypeCollection(new File(args[0]))) {
            ttc.processAllFonts(font -> {
                if (done.get()) {
                    return; // the first face (proportional); the second is the monospaced variant
                }
                CmapLookup cmap = font.getUnicodeCmapLookup();
                TTFSubsetter subsetter = new TTFSubsetter(font);
                int kept = 0;
                for (int[] r : RANGES) {
                    for (int cp = r[0]; cp <= r[1]; cp++) {
                        if (cmap.getGlyphId(cp) > 0) {
                            subsetter.add(cp);
                            kept++;
                        }
                    }
                }
                try (OutputStream os = Files.newOutputStream(out)) {
                    subsetter.writeToStream(os);
                }
                done.set(true);
                System.out.println(font.getName() + ": kept " + kept + " characters, " + Files.size(out) + " bytes");
            });
        }
    }
}
