package org.factdesk.report;

/**
 * Arabic letters in their joined forms, for drawing in a PDF (which has no text shaper): each letter becomes
 * its isolated, final, initial or medial presentation form by whether it joins the letters around it, and
 * lam followed by alef becomes one ligature. Text in logical order in, logical order out.
 */
final class ArabicShaping {
    /** Forms per base letter: isolated, final, initial, medial (0 = none: the letter joins only to the right). */
    private static final char[][] FORMS = new char[0x700][];

    static {
        dual(0x0626, 0xFE89);
        right(0x0622, 0xFE81);
        right(0x0623, 0xFE83);
        right(0x0624, 0xFE85);
        right(0x0625, 0xFE87);
        right(0x0627, 0xFE8D);
        dual(0x0628, 0xFE8F);
        right(0x0629, 0xFE93);
        dual(0x062A, 0xFE95);
        dual(0x062B, 0xFE99);
        dual(0x062C, 0xFE9D);
        dual(0x062D, 0xFEA1);
        dual(0x062E, 0xFEA5);
        right(0x062F, 0xFEA9);
        right(0x0630, 0xFEAB);
        right(0x0631, 0xFEAD);
        right(0x0632, 0xFEAF);
        dual(0x0633, 0xFEB1);
        dual(0x0634, 0xFEB5);
        dual(0x0635, 0xFEB9);
        dual(0x0636, 0xFEBD);
        dual(0x0637, 0xFEC1);
        dual(0x0638, 0xFEC5);
        dual(0x0639, 0xFEC9);
        dual(0x063A, 0xFECD);
        dual(0x0641, 0xFED1);
        dual(0x0642, 0xFED5);
        dual(0x0643, 0xFED9);
        dual(0x0644, 0xFEDD);
        dual(0x0645, 0xFEE1);
        dual(0x0646, 0xFEE5);
        dual(0x0647, 0xFEE9);
        right(0x0648, 0xFEED);
        right(0x0649, 0xFEEF);
        dual(0x064A, 0xFEF1);
        // Persian and Urdu letters (Arabic presentation forms A)
        dual(0x067E, 0xFB56);
        dual(0x0686, 0xFB7A);
        right(0x0698, 0xFB8A);
        dual(0x06A9, 0xFB8E);
        dual(0x06AF, 0xFB92);
        dual(0x06CC, 0xFBFC);
    }

    private static final char TATWEEL = 0x0640;
    private static final char LAM = 0x0644;

    private ArabicShaping() {
    }

    private static void dual(int letter, int isolated) {
        FORMS[letter] = new char[] {(char) isolated, (char) (isolated + 1), (char) (isolated + 2), (char) (isolated + 3)};
    }

    private static void right(int letter, int isolated) {
        FORMS[letter] = new char[] {(char) isolated, (char) (isolated + 1), 0, 0};
    }

    static String shape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char[] forms = forms(c);
            if (forms == null) {
                out.append(c);
                continue;
            }
            boolean joinsPrevious = joinsForward(previous(text, i));
            int next = next(text, i);
            if (c == LAM && next >= 0 && lamAlef(text.charAt(next)) != 0) {
                out.append((char) (lamAlef(text.charAt(next)) + (joinsPrevious ? 1 : 0)));
                out.append(text, i + 1, next); // marks between lam and alef stay
                i = next;
                continue;
            }
            boolean joinsNext = forms[2] != 0 && next >= 0 && joinsBackward(text.charAt(next));
            int form = joinsPrevious && joinsNext ? 3 : joinsPrevious ? 1 : joinsNext ? 2 : 0;
            char shaped = forms[form];
            out.append(shaped == 0 ? forms[1] : shaped);
        }
        return out.toString();
    }

    private static char[] forms(char c) {
        return c < FORMS.length ? FORMS[c] : null;
    }

    /** The lam-alef ligature's isolated form for the alef {@code c}, else 0. */
    private static char lamAlef(char c) {
        return switch (c) {
            case 0x0622 -> 0xFEF5;
            case 0x0623 -> 0xFEF7;
            case 0x0625 -> 0xFEF9;
            case 0x0627 -> 0xFEFB;
            default -> 0;
        };
    }

    /** Harakat and other marks do not break a join. */
    private static boolean transparent(char c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED);
    }

    private static int previous(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    private static int next(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!transparent(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    /** True when {@code c} connects to the letter after it (dual-joining letters and tatweel). */
    private static boolean joinsForward(int c) {
        if (c < 0) {
            return false;
        }
        char[] f = forms((char) c);
        return c == TATWEEL || (f != null && f[2] != 0);
    }

    /** True when {@code c} connects to the letter before it. */
    private static boolean joinsBackward(char c) {
        return c == TATWEEL || forms(c) != null;
    }
}
