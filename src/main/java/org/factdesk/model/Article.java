package org.factdesk.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A news article: the one under review, or a prior article in the archive (same shape as the
 * archive import format {@code {id, title, text, source, published, url}}, plus what the article
 * reader finds on a real page).
 *
 * @param source    the outlet ("Northbridge Wire"); may be empty
 * @param published publication date, or null when unknown
 * @param url       the canonical URL; may be empty
 * @param byline    who wrote it ("Jane Doe and John Roe"); may be empty. Never part of the text.
 * @param updated   the date of the last update the page states, or null
 * @param language  BCP 47 tag as the page states it ("en", "en-GB"); may be empty
 * @param captions  the ranges of {@code text} that are image or video captions, in order: kept as text
 *                  (a viral image's caption is often the claim under check) but shown as captions
 */
public record Article(String id, String title, String text, String source, LocalDate published, String url,
                      String byline, LocalDate updated, String language, List<Span> captions) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
        byline = byline == null ? "" : byline;
        language = language == null ? "" : language;
        captions = captions == null ? List.of() : List.copyOf(captions);
        for (Span c : captions) {
            if (c.end() > text.length()) {
                throw new IllegalArgumentException("caption " + c + " lies outside the text (" + text.length() + " chars)");
            }
        }
    }

    /** An article with no byline, update date, language or captions (the archive import shape). */
    public Article(String id, String title, String text, String source, LocalDate published, String url) {
        this(id, title, text, source, published, url, "", null, "", List.of());
    }

    /** The same article under another id. */
    public Article withId(String otherId) {
        return new Article(otherId, title, text, source, published, url, byline, updated, language, captions);
    }

    /** A stable id derived from the text, so that opening the same text twice finds the same review. */
    public static String idForText(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return "a" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Article withMetadata(String newTitle, String newSource, LocalDate newPublished, String newUrl) {
        return new Article(id, newTitle, text, newSource, newPublished, newUrl, byline, updated, language, captions);
    }

    /** True when {@code offset} lies in a caption. */
    public boolean inCaption(int offset) {
        for (Span c : captions) {
            if (c.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** A one-line label for lists and window titles. */
    public String displayTitle() {
        if (!title.isBlank()) {
            return title;
        }
        String firstLine = text.strip().lines().findFirst().orElse("");
        return firstLine.length() > 80 ? firstLine.substring(0, 77) + "..." : firstLine;
    }
}
