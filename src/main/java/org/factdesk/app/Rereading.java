package org.factdesk.app;

import org.factdesk.model.Article;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.DateMention;
import org.factdesk.model.Quantity;
import org.factdesk.model.Span;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Today's reading of a file the reviewer opened before, once FactDesk's reader has changed (docs/decisions/0082).
 * The claims the reviewer's work hangs on (a verdict, a dismissal, a claim of the reviewer's own) are looked for in
 * the new text by the words they cover, white space aside, nearest to where they were; each found one moves there
 * with its numbers, dates and speaker. The new reading replaces the old only when every one of them is found.
 */
final class Rereading {
    private Rereading() {
    }

    /**
     * @param kept     the worked-on claims, moved into the new text
     * @param notFound the worked-on claims whose words the new text no longer has (the old reading must stay)
     */
    record Plan(List<Claim> kept, List<Claim> notFound) {
        boolean carriesEverything() {
            return notFound.isEmpty();
        }
    }

    /**
     * @param worked the stored claims (kept and dismissed) that carry the reviewer's work; the others are found again
     */
    static Plan plan(Article old, Article fresh, Collection<Claim> worked) {
        Normalized newText = Normalized.of(fresh.text(), 0, fresh.text().length());
        List<Claim> kept = new ArrayList<>();
        List<Claim> notFound = new ArrayList<>();
        for (Claim c : worked) {
            Claim moved = move(c, old.text(), fresh.text(), newText);
            if (moved == null) {
                notFound.add(c);
            } else {
                kept.add(moved);
            }
        }
        return new Plan(List.copyOf(kept), List.copyOf(notFound));
    }

    /**
     * The claims of a new extraction that do not repeat a kept claim: one that lies mostly in a kept claim's place
     * under other words (the sentence the reader now cuts differently) would list that claim twice; one that only
     * holds a kept claim (a table around a reviewed row) is another claim.
     */
    static List<Claim> besides(List<Claim> found, List<Claim> kept) {
        Set<String> keptIds = kept.stream().map(Claim::id).collect(java.util.stream.Collectors.toSet());
        List<Claim> out = new ArrayList<>();
        for (Claim f : found) {
            boolean repeats = false;
            if (!keptIds.contains(f.id())) {
                for (Claim k : kept) {
                    int overlap = Math.min(f.end(), k.end()) - Math.max(f.start(), k.start());
                    if (overlap > 0 && 2 * overlap >= f.end() - f.start()) {
                        repeats = true;
                        break;
                    }
                }
            }
            if (!repeats) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The claim the new extraction found in a moved claim's place, when it is nearly the same words: one holds the
     * other and has at least four fifths of its characters ("Summary Studies show X." read again as "Studies show X.").
     * A verdict given on the old words then holds for it; a sentence now cut in two has no successor.
     */
    static Claim successor(Claim moved, List<Claim> found, String newText) {
        String words = newText.substring(moved.start(), moved.end()).replaceAll("\\s+", " ").strip();
        Claim best = null;
        double bestShare = 0.8;
        for (Claim f : found) {
            if (f.id().equals(moved.id()) || f.end() <= moved.start() || f.start() >= moved.end()) {
                continue;
            }
            String other = newText.substring(f.start(), f.end()).replaceAll("\\s+", " ").strip();
            if (!words.contains(other) && !other.contains(words)) {
                continue;
            }
            double share = (double) Math.min(words.length(), other.length()) / Math.max(1, Math.max(words.length(), other.length()));
            if (share >= bestShare) {
                best = f;
                bestShare = share;
            }
        }
        return best == null ? null : new Claim(moved.id(), best.articleId(), best.text(), best.kind(), best.start(),
                best.end(), best.score(), best.quantities(), best.attribution(), best.agreement(), best.dates());
    }

    /** The claim at its place in the new text, or null when its words are not there. */
    static Claim move(Claim c, String oldText, String newText, Normalized normalizedNew) {
        if (c.start() < 0 || c.end() > oldText.length() || c.end() <= c.start()) {
            return null;
        }
        Normalized anchor = Normalized.of(oldText, c.start(), c.end());
        if (anchor.text.isEmpty()) {
            return null;
        }
        int at = nearest(normalizedNew.text, anchor.text, (long) c.start() * normalizedNew.text.length()
                / Math.max(1, oldText.length()));
        if (at < 0) {
            return null;
        }
        Mapping m = new Mapping(c.start(), c.end(), anchor, normalizedNew, at, oldText, newText);
        Span span = m.span(c.start(), c.end());
        List<Quantity> quantities = new ArrayList<>();
        for (Quantity q : c.quantities()) {
            Span s = m.span(q.start(), q.end());
            if (s != null) {
                quantities.add(new Quantity(q.surface(), s.start(), s.end(), q.value(), q.upper(), q.unit(), q.qualifier(),
                        q.vague(), q.from()));
            }
        }
        List<DateMention> dates = new ArrayList<>();
        for (DateMention d : c.dates()) {
            Span s = m.span(d.start(), d.end());
            if (s != null) {
                dates.add(new DateMention(d.surface(), s.start(), s.end(), d.date(), d.precision()));
            }
        }
        Attribution a = c.attribution();
        Attribution movedAttribution = null;
        if (a != null) {
            Span cue = m.span(a.cue().start(), a.cue().end());
            Span content = m.span(a.content().start(), a.content().end());
            Span source = a.source() == null ? null : m.span(a.source().start(), a.source().end());
            // the speaker's name stays even when the words that named them are gone
            movedAttribution = cue == null || content == null ? null
                    : new Attribution(source, cue, content, a.speaker(), a.direct());
        }
        return new Claim(c.id(), c.articleId(), c.text(), c.kind(), span.start(), span.end(), c.score(), quantities,
                movedAttribution, c.agreement(), dates);
    }

    /** The occurrence of {@code needle} nearest to {@code expected}, or -1: one search each way. */
    private static int nearest(String hay, String needle, long expected) {
        int from = (int) Math.max(0, Math.min(hay.length(), expected));
        int after = hay.indexOf(needle, from);
        int before = hay.lastIndexOf(needle, from);
        if (after < 0 || before < 0) {
            return Math.max(after, before);
        }
        return from - before <= after - from ? before : after;
    }

    /**
     * Text with every run of white space made one space, and where each of its characters came from: {@code origin[i]}
     * is the index in the original of character {@code i}; {@code before[j]} the number of normalized characters the
     * original's characters {@code from..from+j} made.
     */
    record Normalized(String text, int[] origin, int[] before) {
        static Normalized of(String s, int from, int to) {
            // trimmed: a claim's words, not the breaks around them
            while (from < to && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            StringBuilder out = new StringBuilder(to - from);
            int[] origin = new int[to - from + 1];
            int[] before = new int[to - from + 1];
            boolean inSpace = false;
            for (int i = from; i < to; i++) {
                before[i - from] = out.length();
                char ch = s.charAt(i);
                if (Character.isWhitespace(ch)) {
                    if (!inSpace) {
                        origin[out.length()] = i;
                        out.append(' ');
                    }
                    inSpace = true;
                } else {
                    origin[out.length()] = i;
                    out.append(ch);
                    inSpace = false;
                }
            }
            before[to - from] = out.length();
            origin[out.length()] = to;
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
            return new Normalized(out.toString(), origin, before);
        }
    }

    /** Old offsets near a claim to new ones: through the matched words inside it, by the same shift outside. */
    private record Mapping(int oldStart, int oldEnd, Normalized anchor, Normalized newText, int at, String oldTextAll,
                           String newTextAll) {
        /** Where {@code [s, e)} of the old text lies in the new one, or null when it is not there any more. */
        Span span(int s, int e) {
            if (e < s) {
                return null;
            }
            int trimmedStart = oldStart + leadingSpace();
            if (s >= trimmedStart && e <= oldEnd) {
                int ns = normalizedAt(s - trimmedStart);
                int ne = normalizedAt(e - trimmedStart);
                ns = Math.min(ns, anchor.text.length());
                ne = Math.min(ne, anchor.text.length());
                int newS = newText.origin[at + ns];
                int newE = ne == 0 ? newS : newText.origin[at + ne - 1] + 1;
                return newE < newS ? null : new Span(newS, newE);
            }
            // outside the claim (a speaker named a sentence before): the same words at the same shift, or nothing
            int shift = newText.origin[at] - trimmedStart;
            int ns = s + shift;
            int ne = e + shift;
            if (ns < 0 || ne > newTextAll.length()
                    || !newTextAll.regionMatches(ns, oldTextAll, s, e - s)) {
                return null;
            }
            return new Span(ns, ne);
        }

        private int normalizedAt(int offsetInAnchor) {
            return anchor.before[Math.min(offsetInAnchor, anchor.before.length - 1)];
        }

        private int leadingSpace() {
            int n = 0;
            while (oldStart + n < oldEnd && Character.isWhitespace(oldTextAll.charAt(oldStart + n))) {
                n++;
            }
            return n;
        }
    }
}
