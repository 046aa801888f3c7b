package org.factdesk.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of input the article reader reads. */
public enum Format {
    HTML, MARKDOWN, TEXT, PDF;

    /** By file name, else by what the bytes start with; null when the name says it is none of these. */
    public static Format ofName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml")) {
            return HTML;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".mdown") || n.endsWith(".mkd")) {
            return MARKDOWN;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return TEXT;
        }
        if (n.endsWith(".pdf")) {
            return PDF;
        }
        return null;
    }

    /** By a server's Content-Type ("text/html; charset=utf-8"); null when it is none of these. */
    public static Format ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String t = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        return switch (t) {
            case "text/html", "application/xhtml+xml" -> HTML;
            case "text/markdown", "text/x-markdown" -> MARKDOWN;
            case "text/plain" -> TEXT;
            case "application/pdf" -> PDF;
            default -> null;
        };
    }

    /** What the content itself looks like: a PDF header, an HTML document, or text. */
    public static Format sniff(byte[] bytes) {
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return PDF;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\ufeff")) {
            head = head.substring(1);
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
                || head.contains("<body")) {
            return HTML;
        }
        return TEXT;
    }
}
