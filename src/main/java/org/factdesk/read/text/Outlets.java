package org.factdesk.read.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet as a clipping shows it: a title's suffix ("Headline | Harbour Gazette"), a copyright line
 * ("© 2023 Harbour Gazette. All rights reserved."), a wire dateline ("LISBON (Northbridge Wire) —"), or the site of
 * the source address, named as the page itself writes it ("harbourgazette.example" is "The Harbour Gazette" when
 * the page says so somewhere).
 */
final class Outlets {
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " :: ", " · ", " • ", " — ", " – ", " - ");
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\p{Lu}{2}[\\p{Lu}\\p{M} .'-]{0,30}(?:,\\s*[\\p{L}\\p{M}\\d .'-]{2,30})?\\s*\\(([^()]{2,40})\\)\\s*[—–-]");
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne",
            "go", "nic", "gob", "govt");
    private static final Set<String> SUBDOMAINS = Set.of("www", "m", "amp", "mobile", "news", "edition", "en",
            "english", "beta", "web");

    private static final Pattern DOMAIN = Pattern.compile("(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}/?");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s|·•,;:()\\[\\]/]+");
    private Outlets() {
    }

    /** The host of an address without "www.", lower case ("harbourgazette.example"), or "". */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        int scheme = u.indexOf("://");
        String rest = scheme >= 0 ? u.substring(scheme + 3) : u;
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = rest.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        String host = rest.substring(0, end);
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The label that names the site: "harbourgazette" of "news.harbourgazette.co.uk". */
    static String siteLabel(String host) {
        String[] labels = host.split("\\.");
        int last = labels.length - 2;
        if (last >= 1 && SECOND_LEVEL.contains(labels[last]) && labels[last].length() <= 4) {
            last--;
        }
        if (last < 0) {
            return labels.length == 1 ? labels[0] : "";
        }
        while (last > 0 && SUBDOMAINS.contains(labels[last])) {
            last--;
        }
        return labels[last];
    }

    /** Whether the text looks like a domain name alone ("harbourgazette.example", "www.ridgewire.example"). */
    static boolean isDomain(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.length() > 80 || t.indexOf(' ') >= 0 || t.indexOf('.') <= 0) {
            return false;
        }
        return DOMAIN.matcher(t).matches();
    }

    /**
     * A title and its outlet suffix: {headline, outlet}, or {title, ""} when it has none. " | " always separates
     * an outlet of up to five words; a dash does only when what follows it is the known outlet or the site.
     */
    static String[] splitTitle(String title, String knownOutlet, String host) {
        String t = title.strip();
        for (String sep : TITLE_SEPARATORS) {
            int i = t.lastIndexOf(sep);
            if (i <= 0) {
                continue;
            }
            String head = t.substring(0, i).strip();
            String tail = t.substring(i + sep.length()).strip();
            if (tail.isEmpty() || Texts.words(tail, 7) > 5 || Texts.words(head, 3) < 3) {
                continue;
            }
            boolean known = sameOutlet(tail, knownOutlet) || matchesHost(tail, host);
            boolean bar = sep.equals(" | ") || sep.equals(" :: ") || sep.equals(" · ") || sep.equals(" • ");
            if (known || bar && Character.isUpperCase(tail.codePointAt(0)) && !Texts.endsSentence(tail)) {
                return new String[] {head, tail};
            }
        }
        return new String[] {t, ""};
    }

    /** The holder of a copyright line: "© 2023 Harbour Gazette. All rights reserved." gives "Harbour Gazette". */
    static String fromCopyright(String line) {
        String t = line.strip();
        if (t.length() > 200) {
            return "";
        }
        t = t.replaceFirst("(?i)^(?:copyright\\s*)?(?:©|\\(c\\))?\\s*(?:copyright\\s*)?", "");
        t = t.replaceAll("(?i)all rights reserved\\.?", " ");
        t = t.replaceAll("\\b(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2,4})?\\b", " ");
        t = t.replaceAll("(?i)\\b(?:inc|ltd|llc|plc|gmbh|limited|pty|s\\.a|corp|corporation)\\b\\.?", " ");
        t = Datelines.trimSeparators(t.replaceAll("\\s+", " "));
        while (t.endsWith(".") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        int stop = firstOf(t, ". ", " | ", " · ", ", ");
        if (stop > 0) {
            t = t.substring(0, stop).strip();
        }
        if (t.isEmpty() || Texts.words(t, 7) > 6 || !Character.isUpperCase(t.codePointAt(0))) {
            return "";
        }
        return t;
    }

    /** The agency of a wire dateline opening a paragraph: "LISBON (Northbridge Wire) — …" gives "Northbridge Wire". */
    static String fromWireDateline(String paragraph) {
        if (paragraph.length() < 10) {
            return "";
        }
        Matcher m = WIRE_DATELINE.matcher(paragraph.length() > 120 ? paragraph.substring(0, 120) : paragraph);
        if (!m.find()) {
            return "";
        }
        String outlet = m.group(1).strip();
        return Character.isUpperCase(outlet.codePointAt(0)) && Texts.words(outlet, 6) <= 5 ? outlet : "";
    }

    /**
     * The site's name as the page writes it: a run of one to five capitalised words in {@code texts} whose letters
     * are the host's label ("The Harbour Gazette" for harbourgazette.example), or "".
     */
    static String nameOfHost(String host, List<String> texts) {
        String label = Texts.key(siteLabel(host));
        if (label.length() < 3) {
            return "";
        }
        // "Lakeshore Ledger" in "The Lakeshore Ledger found …" is the name; "The Harbour Gazette" only when the
        // page never writes the name without its article.
        String withThe = "";
        for (String text : texts) {
            if (text.length() > 2000) {
                continue;
            }
            String[] words = WORD_SPLIT.split(text);
            for (int i = 0; i < words.length; i++) {
                if (words[i].isEmpty() || !Character.isUpperCase(words[i].codePointAt(0))) {
                    continue;
                }
                StringBuilder letters = new StringBuilder();
                for (int j = i; j < Math.min(words.length, i + 5); j++) {
                    letters.append(Texts.key(words[j]));
                    String k = letters.toString();
                    if (k.length() > label.length() + 3) {
                        break;
                    }
                    String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, j + 1));
                    while (name.endsWith(".")) {
                        name = name.substring(0, name.length() - 1);
                    }
                    if (k.equals(label)) {
                        return name;
                    }
                    if (k.equals("the" + label) && withThe.isEmpty()) {
                        withThe = name;
                    }
                }
            }
        }
        return withThe;
    }

    /** Whether two spellings name one outlet ("The Harbour Gazette", "Harbour Gazette", "harbourgazette"). */
    static boolean sameOutlet(String a, String b) {
        String ka = withoutThe(Texts.key(a));
        String kb = withoutThe(Texts.key(b));
        return !ka.isEmpty() && ka.equals(kb);
    }

    /** Whether a name is the host's: "Harbour Gazette" and harbourgazette.example. */
    static boolean matchesHost(String name, String host) {
        if (host.isEmpty()) {
            return false;
        }
        String k = withoutThe(Texts.key(name));
        String label = withoutThe(Texts.key(siteLabel(host)));
        return k.length() >= 3 && (k.equals(label) || Texts.key(host).startsWith(k));
    }

    private static String withoutThe(String key) {
        return key.startsWith("the") && key.length() > 6 ? key.substring(3) : key;
    }

    private static int firstOf(String t, String... seps) {
        int best = -1;
        for (String s : seps) {
            int i = t.indexOf(s);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
