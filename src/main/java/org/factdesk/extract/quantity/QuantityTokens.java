package org.factdesk.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens the quantity reader walks: numbers (with their digit grouping), words and single
 * symbols, each knowing whether it touches the one before ("5km", "$10"). Apart because every
 * other part of the reader looks at tokens the same way.
 */
final class QuantityTokens {
    private QuantityTokens() {}

    enum Type { NUM, WORD, SYM }

    record Tok(String text, String lower, int start, int end, Type type, boolean glued) {

        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:[,\u2009\u202F\u00A0]\\d{3})+(?:\\.\\d+)?(?!\\d|,\\d)|\\d+(?:\\.\\d+)?"
                    + "|\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)?|\\S");

    static List<Tok> tokenize(String text) {
        List<Tok> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int prevEnd = -1;
        while (m.find()) {
            String t = m.group();
            Type type = Character.isDigit(t.charAt(0)) ? Type.NUM : Character.isLetter(t.charAt(0)) ? Type.WORD : Type.SYM;
            toks.add(new Tok(t, t.toLowerCase(Locale.ROOT), m.start(), m.end(), type, m.start() == prevEnd));
            prevEnd = m.end();
        }
        return toks;
    }

    private static String text(List<Tok> toks, int k) {
        return k >= 0 && k < toks.size() ? toks.get(k).text() : "";
    }

    static String joinTokens(List<Tok> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && !toks.get(k).glued()) {
                sb.append(' ');
            }
            sb.append(toks.get(k).text());
        }
        return sb.toString();
    }

    static boolean hasUpper(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isUpperCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
