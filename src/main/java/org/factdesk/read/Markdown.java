package org.factdesk.read;

import java.util.regex.Pattern;

/** Tells Markdown from plain text when nothing else (a file name, a content type) says which it is. */
final class Markdown {
    private static final Pattern SIGNS = Pattern.compile(
            "(?m)^#{1,6} \\S|^(=+|-{3,})[ \\t]*$|\\]\\((https?://|#|/)|^\\s*[-*+] \\[|!\\[[^\\]]*\\]\\(");

    private Markdown() {
    }

    static boolean looksLikeMarkdown(String text) {
        String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        return SIGNS.matcher(head).find();
    }
}
