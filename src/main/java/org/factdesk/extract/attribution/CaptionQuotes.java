package org.factdesk.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * Quotations signed on their own line, as captions, pull quotes and social cards print them:
 * "'It is a Russophobic decision and a murder of free speech' - Italian Prime Minister Giorgia Meloni",
 * "“We stand with Ukraine” – Ursula von der Leyen, President of the European Commission". Any quote
 * mark (straight or curly, single or double, guillemets) opens the line; a dash after the closing mark
 * signs it. The speaker is the name in the signature without its titles ("Giorgia Meloni"), or the
 * signature itself when it names an institution ("the Kremlin").
 */
final class CaptionQuotes {
    private CaptionQuotes() {
    }

    /** Lines longer than this are paragraphs, not captions. */
    private static final int MAX_LINE = 1200;

    private static final Pattern SIGNED = Pattern.compile(
            "^[\\s•*>-]{0,3}([\"“‘'«„])(.{8,800}?)([\"”’'»])\\s*[-–—―]{1,2}\\s*(\\p{Lu}[^\\n]{1,160}?)[\\s.]*$");

    /** Words that describe a person in a signature: a title, an office, a nationality. */
    private static final Set<String> DESCRIPTIVE = Set.of("italian", "russian", "ukrainian", "american", "british",
            "french", "german", "polish", "chinese", "european", "us", "u.s.", "uk", "eu", "un", "nato", "kremlin",
            "white", "house", "state", "foreign", "defence", "defense", "secretary-general", "general", "of", "the",
            "former", "then", "acting", "deputy", "vice", "senior", "chief", "head", "commission", "council",
            "parliament", "government", "national", "security", "press");

    /** Signed quotations in {@code text} not already among {@code found} (same dash), in text order. */
    static List<Attribution> added(String text, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        java.util.Set<Integer> cues = new java.util.HashSet<>();
        found.forEach(a -> cues.add(a.cue().start()));
        Covers covers = new Covers(found);
        int lineStart = 0;
        boolean changed = false;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd - lineStart <= MAX_LINE) {
                Attribution a = signed(text, lineStart, lineEnd);
                if (a != null && !cues.contains(a.cue().start()) && !covers.covered(a.content())) {
                    out.add(a);
                    changed = true;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (changed) {
            out.sort(Comparator.comparingInt((Attribution a) -> a.cue().start()));
        }
        return out;
    }

    /** The contents of attributions with a speaker, to ask in log time whether one covers a span. */
    private static final class Covers {
        private final int[] starts;
        private final int[] maxEnd;

        Covers(List<Attribution> found) {
            List<Span> spans = found.stream().filter(a -> a.speaker() != null).map(Attribution::content)
                    .sorted(java.util.Comparator.comparingInt(Span::start)).toList();
            starts = new int[spans.size()];
            maxEnd = new int[spans.size()];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < spans.size(); i++) {
                starts[i] = spans.get(i).start();
                max = Math.max(max, spans.get(i).end());
                maxEnd[i] = max;
            }
        }

        /** Whether a content starting at or before {@code s.start()} ends at or after {@code s.end()}. */
        boolean covered(Span s) {
            int i = java.util.Arrays.binarySearch(starts, s.start());
            if (i < 0) {
                i = -i - 2;
            } else {
                while (i + 1 < starts.length && starts[i + 1] == s.start()) {
                    i++;
                }
            }
            return i >= 0 && maxEnd[i] >= s.end();
        }
    }

    private static Attribution signed(String text, int lineStart, int lineEnd) {
        Matcher m = SIGNED.matcher(text.substring(lineStart, lineEnd));
        if (!m.matches() || !pairs(m.group(1).charAt(0), m.group(3).charAt(0))) {
            return null;
        }
        int contentStart = lineStart + m.start(1);
        int contentEnd = lineStart + m.end(3);
        int signatureStart = lineStart + m.start(4);
        String signature = m.group(4).strip();
        int dash = text.lastIndexOf('-', signatureStart);
        for (int k = signatureStart - 1; k >= contentEnd; k--) {
            char c = text.charAt(k);
            if (c == '-' || c == '–' || c == '—' || c == '―') {
                dash = k;
                break;
            }
        }
        int comma = signature.indexOf(',');
        String named = comma > 0 ? signature.substring(0, comma).strip() : signature;
        if (named.split("\\s+").length > 8) {
            return null; // a sentence after a dash, not a signature
        }
        Span source = new Span(signatureStart, signatureStart + named.length());
        return new Attribution(source, new Span(dash, dash + 1), new Span(contentStart, contentEnd), speaker(named), true);
    }

    /** Opening and closing marks of one kind; a straight mark closes a curly one typed by a tool. */
    private static boolean pairs(char open, char close) {
        return switch (open) {
            case '“', '„' -> close == '”' || close == '"';
            case '‘' -> close == '’' || close == '\'';
            case '«' -> close == '»';
            case '"' -> close == '"' || close == '”';
            case '\'' -> close == '\'' || close == '’';
            default -> false;
        };
    }

    /** "Italian Prime Minister Giorgia Meloni" -> "Giorgia Meloni"; "the Kremlin" stays. */
    static String speaker(String signature) {
        String[] words = signature.split("\\s+");
        int lastDescriptive = -1;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[’'`]s$", "");
            boolean titled = SpeakerResolver.TITLES.contains(w) || DESCRIPTIVE.contains(w);
            for (String part : w.split("-")) {
                titled |= SpeakerResolver.TITLES.contains(part);
            }
            if (titled || !Character.isUpperCase(words[i].charAt(0)) && !isParticle(words[i])) {
                lastDescriptive = i;
            }
        }
        if (lastDescriptive < 0 || lastDescriptive == words.length - 1) {
            return signature;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, lastDescriptive + 1, words.length));
        return Character.isUpperCase(name.charAt(0)) ? name : signature;
    }

    private static boolean isParticle(String w) {
        return Set.of("von", "der", "van", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "ibn", "al").contains(w);
    }
}
