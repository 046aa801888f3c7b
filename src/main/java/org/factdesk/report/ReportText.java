package org.factdesk.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.VerdictStatus;

/** Small shared pieces of report text: safe links, dates, numbers, colours. */
final class ReportText {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReportText() {
    }

    /**
     * The link as a clickable http(s) URL, or empty for anything else ({@code javascript:}, {@code data:},
     * {@code file:}, relative or malformed): reports only ever link to web pages.
     */
    static Optional<String> safeLink(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            if (Character.isISOControl(u.charAt(i)) || Character.isWhitespace(u.charAt(i))) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The text without control characters other than tab and line breaks (NUL, escape, the C1 range): they come only
     * from imported or typed text, break CSV readers and Markdown renderers, and are not allowed in XML.
     */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
                    || c == '\uFFFE' || c == '\uFFFF';
            if (control && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!control && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static String time(Instant i) {
        return i == null ? "" : TIME.format(i);
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    static String confidence(int confidence) {
        return confidence == 0 ? "not given" : confidence + "/5";
    }

    /** "Northbridge Wire (2024-10-30) https://..." for one piece of evidence. */
    static String evidenceLine(CitedEvidence e) {
        StringBuilder sb = new StringBuilder(e.source().isBlank() ? e.docId() : e.source());
        if (e.published() != null) {
            sb.append(" (").append(e.published()).append(')');
        }
        if (!e.url().isBlank()) {
            sb.append(' ').append(e.url());
        }
        return sb.toString();
    }

    static String evidenceList(List<CitedEvidence> evidence) {
        return String.join("; ", evidence.stream().map(ReportText::evidenceLine).toList());
    }

    static String colour(VerdictStatus s) {
        return switch (s) {
            case VERIFIED -> "#2e7d32";
            case DISPUTED -> "#e65100";
            case FALSE -> "#c62828";
            case MISLEADING -> "#b8860b";
            case UNVERIFIABLE -> "#5d6d7e";
            case UNREVIEWED -> "#9e9e9e";
        };
    }
}
