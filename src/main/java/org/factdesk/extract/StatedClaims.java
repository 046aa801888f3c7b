package org.factdesk.extract;

import java.util.Locale;
import java.util.Set;
import org.factdesk.model.Span;

/**
 * Sentences that state the claim under check whatever their wording: the summary box of a fact-check
 * or a debunk ("SUMMARY", "Claim:", "DISINFO:", "What was claimed") and quotations of a whole statement
 * ("'It is a Russophobic decision and a murder of free speech'"). Such a sentence may hold no number and
 * read like opinion, so the check-worthiness model alone would pass it by; it is the claim itself.
 *
 * <p>Each test reads a bounded window (its line, and at most two short lines above), so finding them is
 * linear in the article.
 */
final class StatedClaims {
    private StatedClaims() {
    }

    /** How far back a heading is looked for, and how long a heading line may be. */
    private static final int WINDOW = 600;
    private static final int HEADING = 40;

    /** Headings and labels that introduce the claim under check (not the fact-checker's finding). */
    private static final Set<String> CLAIM_HEADINGS = Set.of("summary", "summary of the disinformation",
            "disinformation summary", "claim", "claims", "the claim", "what was claimed", "what is claimed",
            "viral claim", "the viral claim", "disinfo", "disinformation", "fake", "false", "false claim",
            "misleading", "myth", "hoax", "rumour", "rumor", "propaganda", "fake news", "what they said",
            "what was said", "the quote", "quote", "allegation", "the allegation");

    /** Quotation marks that open a quotation. */
    private static final String OPENING = "\"“‘'«„";

    /** Whether the sentence {@code span} of {@code text} states the claim under check. */
    static boolean states(String text, Span span) {
        return underClaimHeading(text, span.start()) || quotesAStatement(span.of(text));
    }

    /** Whether the paragraph holding offset {@code at} is labelled, or headed, as the claim under check. */
    static boolean underClaimHeading(String text, int at) {
        int lineStart = lineStart(text, at);
        if (lineStart < 0) {
            return false;
        }
        // a colon on this line within HEADING characters; scanning no further keeps a megabyte line linear
        int colon = -1;
        for (int k = lineStart, limit = Math.min(text.length(), lineStart + HEADING + 1); k < limit; k++) {
            char ch = text.charAt(k);
            if (ch == ':' || ch == '\n') {
                colon = ch == ':' ? k : -1;
                break;
            }
        }
        if (colon >= 0 && isClaimHeading(text.substring(lineStart, colon))) {
            return true; // "Claim: ...", "DISINFO: ..." (the label may open the sentence itself)
        }
        // a heading on its own line above, with at most one blank line between
        int k = lineStart - 1;
        for (int line = 0; line < 2 && k > 0; line++) {
            int end = k;
            int start = lineStart(text, end);
            if (start < 0 || end - start > HEADING) {
                return false;
            }
            String heading = text.substring(start, end).strip();
            if (!heading.isEmpty()) {
                return isClaimHeading(heading.replaceAll(":$", ""));
            }
            k = start - 1;
        }
        return false;
    }

    private static boolean isClaimHeading(String heading) {
        String h = heading.strip().replaceAll("[*#_]", "").strip().toLowerCase(Locale.ROOT);
        return CLAIM_HEADINGS.contains(h);
    }

    /** Start of the line holding offset {@code at}, if within the window; else -1. */
    private static int lineStart(String text, int at) {
        for (int k = Math.min(at, text.length()) - 1; k >= Math.max(0, at - WINDOW); k--) {
            if (text.charAt(k) == '\n') {
                return k + 1;
            }
        }
        return at - WINDOW <= 0 ? 0 : -1;
    }

    /**
     * A sentence that is, or opens with, a quotation of a whole statement: a quote mark, then at least
     * five words before the closing mark. Scare quotes ("so-called 'referendum'") and titles are shorter.
     */
    static boolean quotesAStatement(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return false;
        }
        int open = -1;
        for (int k = 0; k < Math.min(s.length(), 3); k++) {
            if (OPENING.indexOf(s.charAt(k)) >= 0) {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int k = open + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if ("\"”’»".indexOf(c) >= 0 || c == '\'' && (k + 1 >= s.length() || !Character.isLetter(s.charAt(k + 1)))) {
                return words >= 5;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || c == '\'' || c == '’' || c == '-';
        }
        return words >= 5; // a quotation that runs to the sentence's end
    }
}
