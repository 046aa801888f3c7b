package org.factdesk.read.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.read.page.Block;
import org.factdesk.read.page.PageChrome;
import org.factdesk.read.page.PageMetadata;
import org.factdesk.read.page.ReadPage;

/**
 * A clipped article (Markdown or plain text, already cut into pieces and lines) to metadata and clean blocks.
 *
 * <p>In this order: the front matter's fields; source-address lines; the head of the article (everything up to its
 * second real paragraph), where bylines, datelines and job titles become metadata and leave the text; the headline
 * (the front matter's title, else the highest heading before the story, else a leading short line), with the
 * kickers, site names and menus above it dropped; captions under images; page chrome, line by line
 * ({@link PageChrome#isChromeLine}) and then by sections ({@link PageChrome#clean}); the outlet from the front matter,
 * the title's suffix, a copyright line, a wire dateline or the source's site.
 */
final class Clipping {
    /** The head of an article ends at its second paragraph of prose, or after this many pieces. */
    private static final int MAX_HEAD_PIECES = 80;
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?i)^(?:source|url|link|original|original url|original article|article|clipped from|saved from|web clip from"
                    + "|canonical|permalink|source url|source link|read original|view original|from)\\s*:?\\s*(<?https?://\\S+?>?)$");
    private static final Pattern ORIGINAL_LINK_TEXT = Pattern.compile(
            "(?i)(?:read|view|open|see|go to)?\\s*(?:the\\s+)?(?:original|source)(?:\\s+(?:article|story|page|post|link))?"
                    + "|source|permalink");

    private static final Pattern SECTION_SPLIT = Pattern.compile("\\s*[|·•›»/]\\s*");
    private static final Pattern PART_SPLIT = Pattern.compile("\\s+[|·•—–-]\\s+|\\s*[|·•;]\\s*");

    private final List<Piece> pieces;
    private final FrontMatter front;
    private final String givenUrl;
    private final boolean markdown;

    private String url = "";
    private String byline = "";
    private String reportingBy = "";
    private LocalDate published;
    private LocalDate updated;
    private LocalDate laterPublished;
    private String copyrightOutlet = "";
    private String titleOutlet = "";
    private String titleHref = "";
    /** An outlet's name on a line of its own near the headline, or a masthead heading above it. */
    private String headOutlet = "";
    /** A site's domain on a line of its own in the head ("ridgewire.example", as read-later apps show it). */
    private String headDomain = "";
    private Datelines.Order order = Datelines.Order.MONTH_FIRST;

    private Clipping(List<Piece> pieces, FrontMatter front, String url, boolean markdown) {
        this.pieces = pieces;
        this.front = front;
        this.givenUrl = url == null ? "" : url;
        this.markdown = markdown;
    }

    static ReadPage read(List<Piece> pieces, FrontMatter front, String url, boolean markdown) {
        return new Clipping(pieces, front, url, markdown).read();
    }

    private ReadPage read() {
        String fmUrl = frontUrl();
        String language = front.first("lang", "language", "locale", "inlanguage");
        takeSourceLines();
        unwrapHardWrappedLines();
        dropClipperHighlights();
        String host = Outlets.host(!fmUrl.isEmpty() ? fmUrl : !url.isEmpty() ? url : givenUrl);
        order = Datelines.documentOrder(allShortLines(), host, language);
        prepareLines();
        int headEnd = headEnd();
        takeHeadMetadata(headEnd);
        takeMetadataAnywhere();
        String title = chooseTitle(headEnd, host);
        dropRunningHeads(title);
        dropLinkOnlyLines();
        markCaptions();
        dropChromeLines();
        dropMenuRuns();

        String knownSite = frontSite();
        String outlet = !knownSite.isEmpty() ? knownSite
                : !titleOutlet.isEmpty() ? titleOutlet
                : !headOutlet.isEmpty() ? headOutlet
                : !copyrightOutlet.isEmpty() ? copyrightOutlet
                : wireOutlet();
        String pageUrl = !fmUrl.isEmpty() ? fmUrl : !url.isEmpty() ? url : !titleHref.isEmpty() ? titleHref : givenUrl;
        // The page's own site: its address, else a linked headline's or a domain line's; else the site most of its
        // links lead to, which stands for the outlet only when the page also names it.
        String ownHost = !host.isEmpty() ? host : !titleHref.isEmpty() ? Outlets.host(titleHref) : headDomain;
        String siteHost = !ownHost.isEmpty() ? ownHost : mostLinkedHost();
        if (outlet.isEmpty() && !siteHost.isEmpty()) {
            String named = Outlets.nameOfHost(siteHost, outletTexts(title));
            outlet = !named.isEmpty() ? named : siteHost.equals(ownHost) ? ownHost : "";
        }
        dropOutletLines(outlet, siteHost, headEnd);
        List<Integer> groups = new ArrayList<>();
        List<Block> blocks = mergeGroups(PageChrome.cleanEach(blocks(groups)), groups);
        String author = frontAuthors();
        LocalDate fmPublished = Datelines.parse(front.first("published", "date", "date_published", "datepublished",
                "published_at", "publish_date", "published_date", "pubdate", "publication_date"), order);
        LocalDate fmUpdated = Datelines.parse(front.first("date_modified", "datemodified", "last_modified",
                "modified_at"), order);
        LocalDate date = fmPublished != null ? fmPublished : published != null ? published : laterPublished;
        LocalDate update = fmUpdated != null ? fmUpdated : updated;
        String by = !author.isEmpty() ? author : !byline.isEmpty() ? byline : reportingBy;
        return new ReadPage(new PageMetadata(title, by, outlet, date, update, pageUrl, language), blocks);
    }

    // ---- front matter -------------------------------------------------------------------------------------

    private String frontUrl() {
        for (String k : List.of("source", "url", "link", "canonical", "canonical_url", "original_url", "source_url",
                "origin", "href", "clip_url", "web_url", "original")) {
            String v = front.first(k);
            if (v.startsWith("http://") || v.startsWith("https://")) {
                return v;
            }
        }
        return "";
    }

    private String frontSite() {
        String site = front.first("site", "site_name", "sitename", "publisher", "outlet", "publication", "source_name",
                "website", "newspaper", "source_site", "siteName");
        if (site.isEmpty()) {
            String source = front.first("source");
            if (!source.isEmpty() && !source.contains("://") && !Outlets.isDomain(source)) {
                site = source;
            }
        }
        return site;
    }

    private String frontAuthors() {
        List<String> names = new ArrayList<>();
        for (String a : front.all("author", "authors", "byline", "creator", "creators", "by", "writer", "writers")) {
            String n = a.strip();
            String lower = n.toLowerCase(Locale.ROOT);
            if (lower.startsWith("by ")) {
                n = n.substring(3).strip();
            }
            if (!n.isEmpty() && !n.contains("://")) {
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    // ---- lines --------------------------------------------------------------------------------------------

    /** A paragraph's lines broken at a fixed width (text saved by a tool that wraps it) are one line again. */
    private void unwrapHardWrappedLines() {
        for (Piece p : pieces) {
            if (p.lines.size() < 2 || p.kind == Block.Kind.TABLE || p.kind == Block.Kind.PREFORMATTED) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            for (Line l : p.lines) {
                if (l.images > 0 || l.linkOnly() || l.role != Line.Role.BODY) {
                    texts = null;
                    break;
                }
                texts.add(l.text);
            }
            if (texts != null && TextBlocks.isHardWrapped(texts)) {
                Line joined = p.lines.getFirst();
                for (int i = 1; i < p.lines.size(); i++) {
                    joined = join(joined, p.lines.get(i));
                }
                p.lines.clear();
                p.lines.add(joined);
            }
        }
    }

    /**
     * Omnivore's and Readwise's exports put the reader's highlights above the article ("## Highlights" … "## Content"):
     * quotes of the text, not text of their own.
     */
    private void dropClipperHighlights() {
        int highlights = -1;
        for (int i = 0; i < pieces.size() && i < MAX_HEAD_PIECES; i++) {
            Piece p = pieces.get(i);
            if (p.kind != Block.Kind.HEADING) {
                continue;
            }
            String t = p.keptText().strip().toLowerCase(Locale.ROOT);
            if (highlights < 0 && (t.equals("highlights") || t.equals("notes") || t.equals("annotations"))) {
                highlights = i;
            } else if (highlights >= 0 && (t.equals("content") || t.equals("article") || t.equals("full text"))) {
                for (int j = highlights; j <= i; j++) {
                    for (Line l : pieces.get(j).lines) {
                        l.role = Line.Role.DROP;
                    }
                }
                return;
            }
        }
        dropTrailingHighlights();
    }

    private static final java.util.Set<String> READER_SECTIONS = java.util.Set.of("highlights", "my highlights",
            "annotations", "notes", "my notes", "highlights and notes", "highlights & notes");
    /** A highlight's trail as read-later exports write it: a block id ("^c1a2b3") or a "View Highlight" link. */
    private static final Pattern HIGHLIGHT_MARK = Pattern.compile("(?i)\\s\\^[a-z0-9-]{4,}\\s*$|view highlight");
    /** The longest note of the reader's own that a trailing notes section may hold, in characters. */
    private static final int MAX_READER_NOTE = 400;

    /**
     * Obsidian's and Readwise's templates put the reader's highlights and notes after the article ("## Highlights",
     * quotes of the text with block ids, then "## Notes"): from the first such heading after the story to the end,
     * when what follows is quotes, list items and short notes only (an article's own "Notes" section of prose stays).
     */
    private void dropTrailingHighlights() {
        int body = 0;
        int from = -1;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.kind == Block.Kind.HEADING && READER_SECTIONS.contains(p.keptText().strip().toLowerCase(Locale.ROOT))
                    && body >= 2) {
                from = i;
                break;
            }
            if (p.kind == Block.Kind.PARAGRAPH) {
                body++;
            }
        }
        if (from < 0) {
            return;
        }
        boolean marked = false;
        for (int i = from + 1; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            String text = p.keptText();
            marked |= HIGHLIGHT_MARK.matcher(text).find() || p.kind == Block.Kind.QUOTE;
            if (p.kind == Block.Kind.PARAGRAPH && text.length() > MAX_READER_NOTE && !HIGHLIGHT_MARK.matcher(text).find()) {
                return; // prose of the article's own
            }
        }
        if (!marked) {
            return; // a "Notes" heading over short lines of the article's own (sources, credits)
        }
        for (int i = from; i < pieces.size(); i++) {
            for (Line l : pieces.get(i).lines) {
                l.role = Line.Role.DROP;
            }
        }
    }

    /** The site that most links of the page lead to (its menus and tags do), when at least three do. */
    private String mostLinkedHost() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, String> hosts = new java.util.HashMap<>();
        for (Piece p : pieces) {
            for (Line l : p.lines) {
                for (String href : l.hrefs) {
                    if (!href.startsWith("http://") && !href.startsWith("https://")) {
                        continue;
                    }
                    String h = Outlets.host(href);
                    String label = Outlets.siteLabel(h);
                    if (!label.isEmpty()) {
                        counts.merge(label, 1, Integer::sum);
                        hosts.putIfAbsent(label, h);
                    }
                }
            }
        }
        String best = "";
        int most = 2;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = hosts.get(e.getKey());
            }
        }
        return best;
    }

    /** The outlet's name alone on a line in the head ("Coastline Chronicle" under the headline) is no text. */
    private void dropOutletLines(String outlet, String siteHost, int headEnd) {
        for (int i = 0; i < Math.min(headEnd, pieces.size()); i++) {
            for (Line l : pieces.get(i).lines) {
                if (l.role == Line.Role.BODY && Texts.words(l.text, 9) <= 8 && isOutletLine(l.text, outlet, siteHost)) {
                    l.role = Line.Role.DROP;
                }
            }
        }
    }

    /** "Coastline Chronicle", "Coastline Chronicle · Environment", "ridgewire.example": the outlet, perhaps with a section. */
    private static boolean isOutletLine(String t, String outlet, String siteHost) {
        boolean named = false;
        for (String part : SECTION_SPLIT.split(t)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (Outlets.sameOutlet(p, outlet) || Outlets.matchesHost(p, siteHost) || Outlets.isDomain(p)) {
                named = true;
            } else if (!PageChrome.isChromeLine(p)) {
                return false;
            }
        }
        return named;
    }

    private static Line join(Line a, Line b) {
        return new Line(a.text + " " + b.text, a.letters + b.letters, a.linkLetters + b.linkLetters,
                a.emphasisLetters + b.emphasisLetters, a.links + b.links, 0, a.shareLinks + b.shareLinks,
                a.href.isEmpty() ? b.href : a.href, "");
    }

    /** "Source: https://…", "[Read Original](https://…)": the article's address, not its text. */
    private void takeSourceLines() {
        for (Piece p : pieces) {
            for (Line l : p.lines) {
                String t = l.text.strip();
                if (t.length() > 2000) {
                    continue;
                }
                Matcher m = SOURCE_LINE.matcher(t);
                if (m.matches()) {
                    setUrl(m.group(1).replace("<", "").replace(">", ""));
                    l.role = Line.Role.DROP;
                } else if (l.linkOnly() && l.href.startsWith("http") && t.length() < 60
                        && ORIGINAL_LINK_TEXT.matcher(t).matches()) {
                    setUrl(l.href);
                    l.role = Line.Role.DROP;
                }
            }
        }
    }

    private void setUrl(String u) {
        if (url.isEmpty()) {
            url = u.strip();
        }
    }

    /** Addresses become site names, image data goes, white space is collapsed; images and share rows leave. */
    private void prepareLines() {
        for (Piece p : pieces) {
            for (Line l : p.lines) {
                if (l.role != Line.Role.BODY) {
                    continue;
                }
                if (p.kind == Block.Kind.PREFORMATTED) {
                    l.text = PageChrome.withoutImageData(l.text).strip();
                } else if (markdown && isBrokenLink(l.text.strip())) {
                    l.text = "";
                } else {
                    // collapsed first: the annotation pattern then meets single spaces only
                    l.text = PageChrome.withoutLinkAnnotations(
                            Texts.collapse(Texts.withoutAddresses(PageChrome.withoutImageData(l.text))));
                }
                if (l.text.isEmpty() || l.shareLinks > 0 && l.linkOnly()) {
                    l.role = Line.Role.DROP;
                }
            }
        }
    }

    private List<String> allShortLines() {
        List<String> lines = new ArrayList<>();
        for (Piece p : pieces) {
            for (Line l : p.lines) {
                if (l.text.length() <= Datelines.MAX_LINE) {
                    lines.add(l.text);
                }
            }
        }
        return lines;
    }

    // ---- the head: bylines and datelines ------------------------------------------------------------------

    /** The index after the article's second paragraph of prose (or after {@link #MAX_HEAD_PIECES} pieces). */
    private int headEnd() {
        int prose = 0;
        for (int i = 0; i < pieces.size() && i < MAX_HEAD_PIECES; i++) {
            if (isProse(pieces.get(i)) && ++prose == 2) {
                return i + 1;
            }
        }
        return Math.min(pieces.size(), MAX_HEAD_PIECES);
    }

    private static boolean isProse(Piece p) {
        if (p.kind == Block.Kind.HEADING || p.kind == Block.Kind.TABLE || p.kind == Block.Kind.PREFORMATTED
                || p.kind == Block.Kind.CAPTION) {
            return false;
        }
        for (Line l : p.lines) {
            if (l.role == Line.Role.BODY && !l.linkOnly() && Texts.words(l.text, 15) >= 15 && Texts.endsSentence(l.text)
                    && !PageChrome.isChromeLine(l.text)) {
                return true;
            }
        }
        return false;
    }

    /** Bylines, datelines, job titles, outlet and site lines in the head become metadata and leave the text. */
    private void takeHeadMetadata(int headEnd) {
        List<Line> head = new ArrayList<>();
        for (int i = 0; i < headEnd; i++) {
            Piece p = pieces.get(i);
            if (p.kind != Block.Kind.TABLE && p.kind != Block.Kind.PREFORMATTED) {
                for (Line l : p.lines) {
                    if (l.role == Line.Role.BODY) {
                        head.add(l);
                    }
                }
            }
        }
        for (int i = 0; i < head.size(); i++) {
            Line l = head.get(i);
            String t = l.text;
            if (t.length() > Datelines.MAX_LINE || l.role != Line.Role.BODY || Bylines.isCredit(t)) {
                continue;
            }
            Line previous = i > 0 && head.get(i - 1).role == Line.Role.BODY ? head.get(i - 1) : null;
            if (Bylines.isRole(t) && Texts.words(t, 9) <= 8) {
                // "Senior Reporter" under "Jane Doe": the line above is the byline
                if (previous != null && Bylines.isNameOnly(previous.text)) {
                    setByline(Bylines.names(Datelines.trimSeparators(previous.text), false));
                    previous.role = Line.Role.DROP;
                }
                l.role = Line.Role.DROP;
                continue;
            }
            if (l.linkOnly() && !isAuthorPage(l.href)) {
                continue;
            }
            if (isSiteTagline(t)) {
                // "Millbrook Courier - local news for the valley"
                if (headOutlet.isEmpty()) {
                    headOutlet = t.split("\\s+[-–—|]\\s+", 2)[0].strip();
                }
                l.role = Line.Role.DROP;
                continue;
            }
            List<Datelines.Found> dates = Datelines.find(t, order);
            HeadLine meta = headLine(Datelines.remainder(t, dates), !dates.isEmpty());
            if (meta != null) {
                takeDates(dates, false);
                setByline(meta.names());
                if (headOutlet.isEmpty()) {
                    headOutlet = meta.outlet();
                }
                if (headDomain.isEmpty()) {
                    headDomain = meta.domain();
                }
                if (meta.names().isEmpty() && !dates.isEmpty() && byline.isEmpty() && previous != null
                        && Bylines.isNameOnly(previous.text)) {
                    // "Grace Okafor" over "Jan. 30, 2024"
                    setByline(Bylines.names(Datelines.trimSeparators(previous.text), false));
                    previous.role = Line.Role.DROP;
                }
                l.role = Line.Role.DROP;
            } else if (l.linkOnly() && isAuthorPage(l.href) && Bylines.isNameOnly(t)) {
                setByline(Bylines.names(Datelines.trimSeparators(t), false));
                l.role = Line.Role.DROP;
            }
        }
    }

    /** What is left of a link whose text a clipper broke over a blank line: "[" and "](https://…)". */
    private static boolean isBrokenLink(String t) {
        return t.equals("[") || t.equals("]") || t.startsWith("](") && t.endsWith(")") && t.indexOf(' ') < 0;
    }

    /** What a head line says: a byline's names, an outlet, a site's domain (each "" when it says none). */
    private record HeadLine(String names, String outlet, String domain) {
    }

    /**
     * A head line's parts (between | · • and dashes) read as metadata: names, a role, an outlet, a domain, a place,
     * a reading time. Null when a part is text, or when the line says nothing but one bare name (a heading such as
     * "Key Findings" looks like one): "DISINFO DESK | Rosa Lindqvist", "veritasdesk.example · Ines Halvorsen · 4 min",
     * "FIRST LAST | Senior Reporter" (after their dates were taken off) are metadata; "the ministry said" is not.
     *
     * @param dated whether a date was taken off the line
     */
    private static HeadLine headLine(String rest, boolean dated) {
        if (rest.isEmpty()) {
            return dated ? new HeadLine("", "", "") : null;
        }
        String whole = Bylines.of(rest);
        if (!whole.isEmpty()) {
            return new HeadLine(whole, "", "");
        }
        String names = "";
        String outlet = "";
        String domain = "";
        int parts = 0;
        for (String part : PART_SPLIT.split(rest)) {
            String p = Datelines.trimSeparators(part);
            if (p.isEmpty()) {
                continue;
            }
            parts++;
            String byline = Bylines.of(p);
            if (!byline.isEmpty()) {
                names = names.isEmpty() ? byline : names;
            } else if (Outlets.isDomain(p)) {
                domain = Outlets.host(p);
            } else if (Bylines.isRole(p) || PageChrome.isChromeLine(p)) {
                continue;
            } else if (Bylines.isNameOnly(p)) {
                names = names.isEmpty() ? Bylines.names(p, false) : names;
            } else if (isOutletPart(p)) {
                outlet = outlet.isEmpty() ? p : outlet;
            } else if (!(Texts.words(p, 2) == 1 && Character.isUpperCase(p.codePointAt(0)))) {
                return null;
            }
        }
        if (!names.isEmpty() && Texts.isAllCaps(outlet)) {
            outlet = ""; // "DISINFO DESK | Rosa Lindqvist": a desk's label beside a byline, not the outlet
        }
        boolean says = dated || !domain.isEmpty() || !outlet.isEmpty() || parts > 1 && !names.isEmpty();
        return says ? new HeadLine(names, outletName(outlet), domain) : null;
    }

    /** "Pinewood Herald", "THE DAILY KLAXON", "CheckPoint": an outlet's name, not a place or a label. */
    private static boolean isOutletPart(String p) {
        if (Bylines.hasPrefix(p) || Bylines.isRole(p) || PageChrome.isChromeLine(p) || p.contains(":")
                || Texts.endsSentence(p) || Texts.words(p, 7) > 6) {
            return false;
        }
        if (Texts.words(p, 2) >= 2) {
            return Bylines.isOutletName(p);
        }
        // one word with a capital inside ("CheckPoint", "FactLens") is a brand, not a place
        for (int i = 1; i < p.length(); i++) {
            if (Character.isUpperCase(p.charAt(i)) && Character.isLowerCase(p.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** An outlet's name as shown, title-cased when set in capitals ("THE DAILY KLAXON" is "The Daily Klaxon"). */
    private static String outletName(String p) {
        if (!Texts.isAllCaps(p)) {
            return p;
        }
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : p.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return sb.toString();
    }

    private static boolean isAuthorPage(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return h.contains("/author") || h.contains("/@") || h.contains("/people/") || h.contains("/profile") || h.contains("/staff/")
                || h.contains("/by/") || h.contains("/contributor") || h.contains("/reporter") || h.contains("/journalist")
                || h.contains("/writers/") || h.contains("/team/");
    }

    private void setByline(String names) {
        if (byline.isEmpty() && names != null && !names.isBlank()) {
            byline = names;
        }
    }

    private void takeDates(List<Datelines.Found> dates, boolean later) {
        for (Datelines.Found f : dates) {
            switch (f.kind()) {
                case PUBLISHED -> {
                    if (later) {
                        if (laterPublished == null) {
                            laterPublished = f.date();
                        }
                    } else if (published == null) {
                        published = f.date();
                    }
                }
                case UPDATED -> {
                    if (updated == null) {
                        updated = f.date();
                    }
                }
                case SAVED -> {
                    // when the note was made: not the article's date
                }
            }
        }
    }

    /**
     * Anywhere in the article: a line that is only a date ("Updated: Oct. 3, 2023, 5:14 p.m. ET"), a wire credit
     * ("Reporting by …; Editing by …"), a copyright line (the outlet). None of them is text.
     */
    private void takeMetadataAnywhere() {
        boolean seenProse = false;
        boolean authorBox = false;
        for (Piece p : pieces) {
            if (p.kind == Block.Kind.TABLE || p.kind == Block.Kind.PREFORMATTED) {
                continue;
            }
            seenProse |= isProse(p);
            for (Line l : p.lines) {
                if (authorBox) {
                    // "Written by NAME" under the article opens the author's box: the article has ended.
                    l.role = Line.Role.DROP;
                    continue;
                }
                if (l.role != Line.Role.BODY || l.text.length() > Datelines.MAX_LINE) {
                    continue;
                }
                String t = l.text;
                if (PageChrome.isCopyright(t)) {
                    String holder = Outlets.fromCopyright(t);
                    if (!holder.isEmpty()) {
                        copyrightOutlet = holder;
                    }
                    continue;
                }
                if (Bylines.isCredit(t)) {
                    if (reportingBy.isEmpty()) {
                        reportingBy = Bylines.reportingBy(t);
                    }
                    l.role = Line.Role.DROP;
                    continue;
                }
                List<Datelines.Found> dates = Texts.words(t, 21) <= 20 ? Datelines.find(t, order) : List.of();
                if (!dates.isEmpty() && Datelines.remainder(t, dates).isEmpty()) {
                    takeDates(dates, true);
                    l.role = Line.Role.DROP;
                } else if (Texts.words(t, 8) <= 7 && !Bylines.of(t).isEmpty() && Bylines.hasPrefix(t)) {
                    if (reportingBy.isEmpty()) {
                        reportingBy = Bylines.of(t);
                    }
                    l.role = Line.Role.DROP;
                    if (t.regionMatches(true, 0, "written by ", 0, 11) && seenProse) {
                        authorBox = true;
                    }
                }
            }
        }
    }

    // ---- the headline -------------------------------------------------------------------------------------

    private String chooseTitle(int headEnd, String host) {
        String fmTitle = front.first("title", "headline");
        if (!fmTitle.isEmpty()) {
            String[] split = Outlets.splitTitle(fmTitle, frontSite(), host);
            titleOutlet = split[1];
            dropRepeatedTitle(split[0], fmTitle, headEnd);
            return split[0];
        }
        int firstProse = firstProse(headEnd);
        Line best = null;
        int bestLevel = Integer.MAX_VALUE;
        int bestPiece = -1;
        if (markdown) {
            Line longer = null;
            int longerPiece = -1;
            for (int i = 0; i < firstProse; i++) {
                Piece p = pieces.get(i);
                if (p.kind != Block.Kind.HEADING) {
                    continue;
                }
                Line l = onlyKeptLine(p);
                if (l == null || !isHeadline(l, host, p.level == 1)) {
                    continue;
                }
                if (p.level < bestLevel) {
                    best = l;
                    bestLevel = p.level;
                    bestPiece = i;
                }
                if (longer == null && best != null && best != l && Texts.words(l.text, 5) >= 5) {
                    longer = l;
                    longerPiece = i;
                }
            }
            // A heading of three words or fewer above a longer one, before any prose, is a masthead
            // ("# Numbers Check" over "### No, the average rent has not tripled"): the longer one is the headline.
            if (best != null && longer != null && Texts.words(best.text, 4) <= 3 && longerPiece > bestPiece) {
                headOutlet = best.text;
                best.role = Line.Role.DROP;
                best = longer;
                bestPiece = longerPiece;
            }
        }
        if (best == null) {
            // No heading: a leading short line that is no sentence, as text pasted from a page starts. A site's
            // name may stand above the headline: the first such line of five words or more wins over shorter ones.
            Line shortOne = null;
            int shortPiece = -1;
            outer:
            for (int i = 0; i < firstProse; i++) {
                Piece p = pieces.get(i);
                if (p.kind == Block.Kind.TABLE || p.kind == Block.Kind.PREFORMATTED || p.kind == Block.Kind.CAPTION) {
                    continue;
                }
                for (Line l : p.lines) {
                    // A line of its own between blank lines may be a headline of two words ("Troops arrive").
                    int least = aloneInItsGroup(i) ? 2 : 3;
                    if (l.role == Line.Role.BODY && isHeadline(l, host, false) && Texts.words(l.text, 3) >= least
                            && !l.text.endsWith(".") && Character.isUpperCase(l.text.codePointAt(0))
                            && textFollows(i)) {
                        if (Texts.words(l.text, 5) >= 5) {
                            best = l;
                            bestPiece = i;
                            break outer;
                        }
                        if (shortOne == null) {
                            shortOne = l;
                            shortPiece = i;
                        }
                    }
                }
            }
            if (best == null) {
                best = shortOne;
                bestPiece = shortPiece;
            }
        }
        if (best == null) {
            return "";
        }
        best.role = Line.Role.TITLE;
        if (best.linkOnly() && best.href.startsWith("http")) {
            titleHref = best.href;
        }
        dropAboveTitle(bestPiece, best);
        String[] split = Outlets.splitTitle(best.text, "", host);
        titleOutlet = split[1];
        return split[0];
    }

    private boolean aloneInItsGroup(int piece) {
        Piece p = pieces.get(piece);
        return p.group >= 0 && p.lines.size() == 1 && (piece == 0 || pieces.get(piece - 1).group != p.group)
                && (piece + 1 >= pieces.size() || pieces.get(piece + 1).group != p.group);
    }

    /** Whether some text follows the piece: a headline heads something. */
    private boolean textFollows(int piece) {
        for (int i = piece + 1; i < pieces.size(); i++) {
            for (Line l : pieces.get(i).lines) {
                if (l.role == Line.Role.BODY && !l.text.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private int firstProse(int headEnd) {
        for (int i = 0; i < headEnd; i++) {
            if (isProse(pieces.get(i))) {
                return i;
            }
        }
        return headEnd;
    }

    private static Line onlyKeptLine(Piece p) {
        Line only = null;
        for (Line l : p.lines) {
            if (l.role == Line.Role.BODY) {
                if (only != null) {
                    return null;
                }
                only = l;
            }
        }
        return only;
    }

    private boolean isHeadline(Line l, String host, boolean linkAllowed) {
        String t = l.text.strip();
        if (isSiteTagline(t) || Bylines.hasPrefix(t)) {
            return false;
        }
        if (t.isEmpty() || t.length() > 250 || Texts.words(t, 31) > 30 || Texts.words(t, 2) < 2
                || l.linkOnly() && !(linkAllowed && !l.href.startsWith("#"))) {
            return false;
        }
        if (t.endsWith(":") || PageChrome.isChromeLine(t) || Bylines.isRole(t) || !Bylines.of(t).isEmpty()
                || Bylines.isCredit(t) || Outlets.isDomain(t) || PageChrome.isCopyright(t)) {
            return false;
        }
        if (Texts.isAllCaps(t) && Texts.words(t, 4) <= 3 || Outlets.matchesHost(t, host)
                || Outlets.sameOutlet(t, frontSite())) {
            return false;
        }
        List<Datelines.Found> dates = Datelines.find(t, order);
        return dates.isEmpty() || !Datelines.remainder(t, dates).isEmpty() && Texts.words(Datelines.remainder(t, dates), 3) >= 3;
    }

    /** "Millbrook Courier - local news for the valley": an outlet's name and its motto, not a headline. */
    private static boolean isSiteTagline(String t) {
        for (String sep : List.of(" - ", " – ", " — ", " | ")) {
            int i = t.indexOf(sep);
            if (i > 0 && Bylines.isOutletName(t.substring(0, i)) && Texts.words(t.substring(0, i), 5) <= 4
                    && !Texts.isAllCaps(t.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /** Above the headline sit a site's name, its menu and a kicker ("FACT CHECK", "Politics"): none is text. */
    private void dropAboveTitle(int titlePiece, Line title) {
        for (int i = 0; i <= titlePiece; i++) {
            for (Line l : pieces.get(i).lines) {
                if (l == title) {
                    return;
                }
                if (l.role == Line.Role.BODY && (Texts.words(l.text, 13) <= 12 && !Texts.endsSentence(l.text)
                        || l.linkOnly() || PageChrome.isChromeLine(l.text))) {
                    l.role = Line.Role.DROP;
                }
            }
        }
    }

    /** A heading or leading line that repeats the front matter's title leaves the text (it is the title). */
    /**
     * The headline again, on a line of its own further down: a report's running head on every page, as text copied
     * from a PDF viewer keeps it ("VELDAN AUDIT OFFICE Annual Report 2023" above page 4). One pass.
     */
    private void dropRunningHeads(String title) {
        String k = Texts.key(title);
        if (k.length() < 10) {
            return;
        }
        for (Piece p : pieces) {
            for (Line l : p.lines) {
                if (l.role == Line.Role.BODY && l.text.length() <= title.length() + 2 && Texts.key(l.text).equals(k)) {
                    l.role = Line.Role.DROP;
                }
            }
        }
    }

    private void dropRepeatedTitle(String title, String fullTitle, int headEnd) {
        String k = Texts.key(title);
        String full = Texts.key(fullTitle);
        for (int i = 0; i < Math.min(headEnd, pieces.size()); i++) {
            for (Line l : pieces.get(i).lines) {
                if (l.role != Line.Role.BODY) {
                    continue;
                }
                String lk = Texts.key(l.text);
                if (!lk.isEmpty() && (lk.equals(k) || lk.equals(full)
                        || pieces.get(i).kind == Block.Kind.HEADING && k.length() >= 20 && (lk.startsWith(k) || k.startsWith(lk)))) {
                    l.role = Line.Role.TITLE;
                    dropAboveTitle(i, l);
                    return;
                }
            }
        }
    }

    // ---- chrome and captions ------------------------------------------------------------------------------

    /** Lines that are all links are menus, share rows and promos, unless they read as a whole sentence. */
    private void dropLinkOnlyLines() {
        for (Piece p : pieces) {
            for (Line l : p.lines) {
                if (l.role == Line.Role.BODY && l.linkOnly() && p.kind != Block.Kind.TABLE
                        && !(Texts.words(l.text, 12) >= 12 && Texts.endsSentence(l.text))) {
                    l.role = Line.Role.DROP;
                }
            }
        }
    }

    /**
     * A caption is marked as such: a line the clipper kept as a figure's caption, a "Caption:" line, or the line
     * right under an image that is set in italics, repeats the image's description, carries a photo credit, or is
     * a short phrase without a full stop.
     */
    private void markCaptions() {
        Matcher gallery = GALLERY_COUNTER.matcher("");
        boolean afterImage = false;
        String alt = "";
        for (Piece p : pieces) {
            for (Line l : p.lines) {
                if (l.images > 0 && (l.role == Line.Role.DROP || l.text.isEmpty() || l.imageOnly())) {
                    afterImage = true;
                    alt = l.imageAlt;
                    if (l.role == Line.Role.BODY) {
                        l.role = Line.Role.DROP;
                    }
                    continue;
                }
                if (l.role != Line.Role.BODY) {
                    continue;
                }
                String t = l.text;
                if (p.kind == Block.Kind.CAPTION) {
                    caption(l, t);
                } else if (t.regionMatches(true, 0, "caption:", 0, 8)) {
                    caption(l, t.substring(8).strip());
                } else if (gallery.reset(t).lookingAt()) {
                    // "[1/5] Firefighters work at the site ... REUTERS/Gleb Garanich": a photo gallery's caption
                    caption(l, t.substring(gallery.end()));
                } else if (afterImage && p.kind != Block.Kind.HEADING && p.kind != Block.Kind.TABLE && isCaptionUnderImage(l, alt)) {
                    caption(l, t);
                } else if (l.images > 0 && p.kind != Block.Kind.HEADING && Texts.words(t, 41) <= 40) {
                    // an image and its caption on one line
                    caption(l, t);
                }
                afterImage = false;
            }
        }
    }

    /** The number of a gallery's photo before its caption: "[1/5] " (bracketed: "9/11 Commission" is no counter). */
    private static final Pattern GALLERY_COUNTER = Pattern.compile("\\[\\d{1,3}/\\d{1,3}\\]\\s+(?=\\p{Lu})");

    private static boolean isCaptionUnderImage(Line l, String alt) {
        String t = l.text;
        int words = Texts.words(t, 61);
        if (words > 60) {
            return false;
        }
        return l.emphasized() || !alt.isEmpty() && Texts.key(alt).equals(Texts.key(t))
                || !PageChrome.withoutCredit(t).equals(t) || words <= 25 && !Texts.endsSentence(t);
    }

    private static void caption(Line l, String text) {
        String cut = PageChrome.withoutCredit(text);
        if (cut.isBlank() || PageChrome.isChromeLine(cut)) {
            l.role = Line.Role.DROP;
        } else {
            l.text = cut;
            l.role = Line.Role.CAPTION;
        }
    }

    /** Promos are cut off the sentences they were glued to; lines of chrome leave. */
    private void dropChromeLines() {
        for (Piece p : pieces) {
            if (p.kind == Block.Kind.TABLE || p.kind == Block.Kind.PREFORMATTED) {
                continue;
            }
            for (Line l : p.lines) {
                if (l.role != Line.Role.BODY) {
                    continue;
                }
                String t = PageChrome.withoutGluedPromo(l.text);
                if (t.isEmpty() || PageChrome.isChromeLine(t) && PageChrome.section(new Block(p.kind, t))
                        == PageChrome.Section.NONE) {
                    l.role = Line.Role.DROP;
                } else {
                    l.text = t;
                }
            }
        }
    }

    /**
     * Three or more short lines in a row with no sentence among them (menu entries pasted with the text, a list of
     * sections) are a menu.
     */
    private void dropMenuRuns() {
        List<Line> run = new ArrayList<>();
        for (Piece p : pieces) {
            boolean menuish = p.kind == Block.Kind.PARAGRAPH || p.kind == Block.Kind.LIST_ITEM
                    || p.kind == Block.Kind.HEADING;
            for (Line l : p.lines) {
                if (l.role == Line.Role.DROP || l.role == Line.Role.TITLE) {
                    continue;
                }
                if (menuish && l.role == Line.Role.BODY && Texts.words(l.text, 4) <= 3 && !Texts.endsSentence(l.text)
                        && PageChrome.section(new Block(p.kind, l.text)) == PageChrome.Section.NONE) {
                    run.add(l);
                } else {
                    endRun(run);
                }
            }
        }
        endRun(run);
    }

    private static void endRun(List<Line> run) {
        if (run.size() >= 3) {
            for (Line l : run) {
                l.role = Line.Role.DROP;
            }
        }
        run.clear();
    }

    /**
     * Each piece's kept lines as one block, its captions as blocks of their own, in order.
     *
     * @param groups receives, for each block, the plain-text group its piece came from (-1 for Markdown); a piece
     *               left out entirely (a live blog's "9m ago" between two entries) ends its group's run, so that the
     *               lines on either side of it, which were not written together, are not joined
     */
    private List<Block> blocks(List<Integer> groups) {
        List<Block> blocks = new ArrayList<>();
        int run = -1;
        int runGroup = -1;
        boolean gap = false;
        for (Piece p : pieces) {
            if (p.group >= 0 && p.lines.stream().allMatch(l -> l.role == Line.Role.DROP)) {
                gap = true;
                continue;
            }
            // a sentence that goes on past the left-out line ("... we have" / "0:03" / "created two million") is one run
            boolean goesOn = !blocks.isEmpty() && !Texts.endsSentence(blocks.getLast().text()) && startsLowerCase(p);
            if (p.group >= 0 && (p.group != runGroup || gap && !goesOn)) {
                run++; // the same group, no piece left out between: one run
                runGroup = p.group;
            }
            gap = false;
            StringBuilder text = new StringBuilder();
            for (Line l : p.lines) {
                if (l.role == Line.Role.CAPTION) {
                    flush(p.kind, text, blocks);
                    blocks.add(new Block(Block.Kind.CAPTION, l.text));
                } else if (l.role == Line.Role.BODY && !l.text.isBlank()) {
                    if (!text.isEmpty()) {
                        text.append(p.kind == Block.Kind.PREFORMATTED ? "\n" : " ");
                    }
                    text.append(l.text);
                }
            }
            flush(p.kind, text, blocks);
            while (groups.size() < blocks.size()) {
                groups.add(p.group < 0 ? -1 : run);
            }
        }
        return blocks;
    }

    /**
     * Plain text's lines that stood together between blank lines and are all kept stay one paragraph, line
     * breaks and all, as the text was written ("About 10,000 soldiers arrived.\nMore may follow.").
     */
    /** Whether the piece's first kept line starts with a lower-case letter (a sentence going on). */
    private static boolean startsLowerCase(Piece p) {
        for (Line l : p.lines) {
            if (l.role == Line.Role.BODY && !l.text.isBlank()) {
                return Character.isLowerCase(l.text.strip().codePointAt(0));
            }
        }
        return false;
    }

    private static List<Block> mergeGroups(List<Block> cleaned, List<Integer> groups) {
        List<Block> out = new ArrayList<>();
        int lastGroup = -1;
        int openWords = 0; // words since the last block's last sentence end
        for (int i = 0; i < cleaned.size(); i++) {
            Block b = cleaned.get(i);
            if (b == null) {
                continue;
            }
            int g = groups.get(i);
            Block last = out.isEmpty() ? null : out.getLast();
            int words = Texts.words(b.text(), MAX_JOINED_WORDS + 1);
            if (g >= 0 && g == lastGroup && last != null && last.is(Block.Kind.PARAGRAPH) && b.is(Block.Kind.PARAGRAPH)) {
                // a line that breaks a sentence (a transcript's, a caption file's) goes on with a space, up to a
                // sentence's length: an unpunctuated transcript is not one claim of a thousand words
                boolean goesOn = !Texts.endsSentence(last.text()) && !b.text().isEmpty()
                        && Character.isLowerCase(b.text().codePointAt(0)) && openWords + words <= MAX_JOINED_WORDS;
                out.set(out.size() - 1, new Block(Block.Kind.PARAGRAPH, last.text() + (goesOn ? " " : "\n") + b.text()));
                openWords = Texts.endsSentence(b.text()) ? 0 : (goesOn ? openWords : 0) + words;
            } else {
                out.add(b);
                openWords = Texts.endsSentence(b.text()) ? 0 : words;
            }
            lastGroup = g;
        }
        return out;
    }

    /** The most words lines broken mid-sentence are joined into before a line break is kept again. */
    private static final int MAX_JOINED_WORDS = 40;

    private static void flush(Block.Kind kind, StringBuilder text, List<Block> blocks) {
        if (!text.isEmpty()) {
            blocks.add(new Block(kind, text.toString()));
            text.setLength(0);
        }
    }

    // ---- the outlet ---------------------------------------------------------------------------------------

    /** The agency on the dateline of the first paragraph ("VALESKA, Norland (Northbridge Wire) — …"). */
    private String wireOutlet() {
        for (Piece p : pieces) {
            if (p.kind == Block.Kind.PARAGRAPH) {
                for (Line l : p.lines) {
                    if (l.role == Line.Role.BODY && Texts.words(l.text, 8) >= 8) {
                        return Outlets.fromWireDateline(l.text);
                    }
                }
            }
        }
        return "";
    }

    /** Where a site's own name shows: the title, the lines above it, the short lines of the page. */
    private List<String> outletTexts(String title) {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        for (Piece p : pieces) {
            for (Line l : p.lines) {
                if (l.raw.length() <= 2000) {
                    texts.add(l.raw);
                }
                if (!l.imageAlt.isEmpty()) {
                    texts.add(l.imageAlt);
                }
                if (texts.size() > 2000) {
                    return texts;
                }
            }
        }
        return texts;
    }
}
