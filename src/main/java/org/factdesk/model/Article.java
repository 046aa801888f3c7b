package org.factdesk.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A news article: the one under review, or a prior article in the archive (same shape as the
 * archive import format {@code {id, title, text, source, published, url}}).
 *
 * @param source    the outlet ("Northbridge Wire"); may be empty
 * @param published publication date, or null when unknown
 * @param url       may be empty
 */
public record Article(String id, String title, String text, String source, LocalDate published, String url) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
    }

    /** The same article under another id. */
    public Article withId(String otherId) {
        return new Article(otherId, title, text, source, published, url);
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
        return new Article(id, newTitle, text, newSource, newPublished, newUrl);
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
