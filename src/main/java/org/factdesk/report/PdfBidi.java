package org.factdesk.report;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Right-to-left text (Arabic, Hebrew) for the PDF report, with the JDK's own {@link Bidi} (no ICU). A PDF
 * draws glyphs, it does not lay out text: runs are put in visual order, right-to-left runs are reversed, and
 * Arabic letters take their joined forms (initial, medial, final; lam-alef ligatures) from the Arabic
 * presentation-form blocks, which DejaVu Sans has. Text extraction (PDFBox, copy and paste) maps them back.
 */
final class PdfBidi implements BidiReorderer {

    static BidiSplitter splitter() {
        return new Splitter();
    }

    private static final class Splitter implements BidiSplitter {
        private final List<BidiTextRun> runs = new ArrayList<>();

        @Override
        public void setParagraph(String paragraph, byte direction) {
            runs.clear();
            if (paragraph.isEmpty()) {
                return;
            }
            int flags = switch (direction) {
                case RTL -> Bidi.DIRECTION_RIGHT_TO_LEFT;
                case LTR -> Bidi.DIRECTION_LEFT_TO_RIGHT;
                default -> Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            };
            Bidi bidi = new Bidi(paragraph, flags);
            // openhtmltopdf lays the runs out in text order and reverses each right-to-left run as a whole, so
            // a stretch above the paragraph's level (Arabic with a number in it) is one run, reordered inside
            // by reorderRTLTextToLTR.
            int base = bidi.getBaseLevel();
            byte inner = (base & 1) == 0 ? RTL : LTR;
            byte outer = (base & 1) == 0 ? LTR : RTL;
            int n = bidi.getRunCount();
            int i = 0;
            while (i < n) {
                int start = bidi.getRunStart(i);
                boolean raised = bidi.getRunLevel(i) > base;
                int limit = bidi.getRunLimit(i);
                i++;
                while (raised && i < n && bidi.getRunLevel(i) > base) {
                    limit = bidi.getRunLimit(i);
                    i++;
                }
                runs.add(new BidiTextRun(start, limit - start, raised ? inner : outer));
            }
        }

        @Override
        public int countTextRuns() {
            return runs.size();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            return runs.get(index);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                switch (Character.getDirectionality(cp)) {
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> {
                        return LTR;
                    }
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> {
                        return RTL;
                    }
                    default -> i += Character.charCount(cp);
                }
            }
            return NEUTRAL;
        }
    }

    /** A right-to-left run in drawing order: numbers and Latin words inside it keep their own order. */
    @Override
    public String reorderRTLTextToLTR(String text) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int n = bidi.getRunCount();
        byte[] levels = new byte[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, n);
        StringBuilder out = new StringBuilder(text.length());
        for (int run : order) {
            String part = text.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            out.append((levels[run] & 1) == 1 ? reversed(part) : part);
        }
        return out.toString();
    }

    private static String reversed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = text.length(); i > 0; ) {
            int cp = text.codePointBefore(i);
            i -= Character.charCount(cp);
            out.appendCodePoint(mirror(cp));
        }
        return out.toString();
    }

    @Override
    public String shapeText(String text) {
        return ArabicShaping.shape(text);
    }

    @Override
    public String deshapeText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean presentation = (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
            out.append(presentation ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : String.valueOf(c));
        }
        return out.toString();
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> cp;
        };
    }
}
