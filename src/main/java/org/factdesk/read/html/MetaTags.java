package org.factdesk.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page, read twice over:
 * <ul>
 *   <li>{@link #primary}: the OpenGraph, Dublin Core, Twitter and Parse.ly keys the way Readability collects them
 *   (a {@code property} may list several keys and counts by its first; a later tag overrides an earlier one),
 *   keyed like {@code og:title}, {@code dc:creator}, {@code author}, {@code parsely-pub-date};</li>
 *   <li>{@link #any}: every other {@code name}, {@code property}, {@code itemprop} and {@code http-equiv},
 *   lower-cased, first tag first (citation_*, sailthru.*, dcterms.*, article:modified_time ...).</li>
 * </ul>
 */
final class MetaTags {
    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-.:]\\s*)?"
                    + "(author|creator|pub-date|description|title|site_name)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s");

    private final Map<String, String> primary = new HashMap<>();
    private final Map<String, List<String>> any = new HashMap<>();

    MetaTags(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content");
            if (content.isEmpty()) {
                continue;
            }
            String value = content.strip();
            String property = meta.attr("property");
            String name = meta.attr("name");
            boolean matched = false;
            if (!property.isEmpty()) {
                Matcher m = PROPERTY.matcher(property);
                if (m.find()) {
                    matched = true;
                    primary.put(SPACES.matcher(m.group().toLowerCase(Locale.ROOT)).replaceAll(""), value);
                }
            }
            if (!matched && !name.isEmpty() && NAME.matcher(name).find()) {
                primary.put(SPACES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("").replace('.', ':'), value);
            }
            for (String key : new String[] {property, name, meta.attr("itemprop"), meta.attr("http-equiv")}) {
                for (String k : key.strip().split("\\s+")) {
                    if (!k.isEmpty() && !value.isEmpty()) {
                        any.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(value);
                    }
                }
            }
        }
    }

    /** The first non-blank of the Readability-style keys, in the order given; empty when none. */
    String primary(String... keys) {
        for (String k : keys) {
            String v = primary.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    /** The first non-blank of any tags named so (case-insensitive), in the order given; empty when none. */
    String any(String... keys) {
        for (String k : keys) {
            for (String v : all(k)) {
                if (!v.isBlank()) {
                    return v;
                }
            }
        }
        return "";
    }

    /** Every tag's value under this key, in document order (citation_author comes once an author). */
    List<String> all(String key) {
        return any.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }
}
