package org.factdesk.read.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.read.page.PageChrome;

/** Small text tests shared by the clipping readers. */
final class Texts {
    /** A web address in running text: replaced by its site's name so that no address reaches the claims. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>()\\[\\]\"'`]+");

    private Texts() {
    }

    /** Whether the text ends a sentence, perhaps inside closing quotes or Markdown emphasis ("*done.*"). */
    static boolean endsSentence(String t) {
        return PageChrome.endsSentence(t, "\"”’')]»*_");
    }

    /** Words in {@code s}, counting no further than {@code cap}. */
    static int words(String s, int cap) {
        return PageChrome.words(s, cap);
    }

    /** Lower case, letters and digits only: how two spellings of one headline or outlet are compared. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** "See https://www.example.org/report?id=5." becomes "See example.org." */
    static String withoutAddresses(String s) {
        if (s.indexOf("://") < 0 && s.toLowerCase(Locale.ROOT).indexOf("www.") < 0) {
            return s;
        }
        Matcher m = ADDRESS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String url = m.group();
            int keep = url.length();
            while (keep > 0 && ".,;:!?".indexOf(url.charAt(keep - 1)) >= 0) {
                keep--;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(Outlets.host(url.substring(0, keep)) + url.substring(keep)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Runs of white space as one space, stripped. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = !sb.isEmpty();
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the text is written in capitals (it has letters and no lower-case one). */
    static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
