package org.factdesk.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sentences about the page rather than the world, which are never claims however they score: the signature under
 * an embedded post, an entry of a reference list, the story's credits, a prompt to the reader and a note on where or how the article was
 * published. Each pattern is matched against one sentence and is capped, so a long sentence costs little.
 */
final class PageNotes {
    /** The signature under an embedded post: "— Name (@handle) November 18, 2019". */
    private static final Pattern POST_SIGNATURE = Pattern.compile(
            "[—–-]\\s*[^\\n]{1,100}\\(@\\w{1,30}\\)\\s*(?:\\p{L}+\\.? \\d{1,2}, \\d{4})?\\s*");

    /**
     * An entry of a reference list: Wikipedia's "^ Festa, Paul (May 6, 2003)." (the caret links back to the text), a
     * short line with an ISBN ("80. ISBN 978-1476668413."), "Archived from the original on ...", "Retrieved 5 June 2019.".
     */
    private static final Pattern CITATION = Pattern.compile("\\^\\s.*|.{0,60}\\bISBN(?:-1[03])?:?\\s*[\\d-]{10,17}X?\\.?"
            + "|(?i:archived from the original)\\b.{0,80}|(?i:retrieved)(?: on)? (?:\\d{1,2} \\p{L}+|\\p{L}+ \\d{1,2},?) \\d{4}\\.?");

    /** A note about the article itself: where it first appeared, that it was adapted or updated (not corrected). */
    private static final Pattern PUBLISHING_NOTE = Pattern.compile("(?is)(?:editor['’]s note:\\s*)?(?:this (?:article|story"
            + "|post|report|piece) (?:has been|was|is) (?:adapted|updated|republished|reproduced|syndicated|reprinted)\\b"
            + "|(?:originally|first) (?:published|appeared) (?:on|in|at|by)\\b|this (?:article|story|post) (?:originally|first)"
            + " appeared\\b|.{0,120}\\bwill update this (?:post|story|article)\\b"
            + "|an? (?:earlier )?version of this (?:article|story|review) (?:appears|appeared|was published) in print\\b).{0,300}");

    /** A sentence addressed to the reader about the page: "Leave a comment and let us know ...", "Sign up for ...". */
    private static final Pattern READER_PROMPT = Pattern.compile("(?i)(?:leave (?:a|your) (?:comment|reply)|let us know"
            + "|(?:for )?(?:media|press) (?:enquiries|inquiries)"
            + "|tell us (?:what|how|which|in)|share your (?:thoughts|views|story)|sign up|subscribe to|follow us"
            + "|click (?:here|the link|below)|join the (?:conversation|discussion)|what do you think)\\b.{0,300}");

    /**
     * Who else worked on the story: "Associated Press writer Lorne Cook contributed to this report.", "Reporting by
     * Jane Doe; Editing by John Roe" (the readers drop the wire's credit line when it stands alone).
     */
    private static final Pattern CREDIT = Pattern.compile("(?i).{0,200}\\b(?:contributed|contributes)(?: additional)?"
            + "(?: reporting| research)?(?: to| for) this (?:report|story|article)\\.?|(?:additional )?reporting by .{1,200}"
            + "(?:editing|writing) by .{1,150}");

    /** The opinion page's disclaimer: "The views expressed in this article are the author's own ...". */
    private static final Pattern DISCLAIMER = Pattern.compile("(?i)(?:the )?(?:views|opinions) expressed (?:here|in this|by)\\b.{0,300}"
            + "|.{0,200}\\b(?:are|is) (?:the|those of the) (?:author|writer|columnist)['’]?s?(?: own)?\\b.{0,200}");
    /** A list of the article's sources: "Sources: Veldan Statistics Office, Harbour Trust annual report 2023." */
    private static final Pattern SOURCES = Pattern.compile("(?i)(?:sources?|references?|further reading)\\s*:"
            // a list of names, not a headline that quotes sources ("Sources: Trump to sign the order")
            + "(?!.*\\b(?:to|will|said|says|is|are|was|were|has|have|plans?)\\b).{0,400}");

    private PageNotes() {
    }

    /** What follows the author's name in a note about them: "Jane Roe is a professor ...", "Jane Roe covers ...". */
    private static final Pattern ABOUT_AUTHOR = Pattern.compile(
            "\\s+(?:is|was|has been|writes|covers|reports|teaches|lives)\\b.{0,300}");

    /**
     * The note about the author that closes an article ("Jane Roe is a professor of economics at Veldan University"):
     * a sentence that opens with one of the byline's names, in the text's last paragraph or its last fifth.
     */
    static boolean aboutTheAuthor(String sentence, String byline, int at, String text) {
        if (byline == null || byline.isBlank()) {
            return false;
        }
        for (String name : org.factdesk.model.Bylines.names(byline)) {
            if (name.contains(" ") && sentence.startsWith(name)
                    && ABOUT_AUTHOR.matcher(sentence.substring(name.length())).matches()) {
                return at >= text.length() * 4L / 5 || inLastParagraph(text, at);
            }
        }
        return false;
    }

    /** Whether no paragraph break follows {@code at}; looked for over at most 3,000 characters (a note is short). */
    private static boolean inLastParagraph(String text, int at) {
        int end = Math.min(text.length(), at + 3_000);
        return end == text.length() && text.substring(at, end).indexOf("\n\n") < 0;
    }

    /** Whether the sentence is about the page: a signature, a citation, a prompt or a publishing note (not a correction). */
    static boolean aboutThePage(String sentence) {
        return POST_SIGNATURE.matcher(sentence).matches() // "— Governor Kristi Noem (@govkristinoem) November 18, 2019"
                || CITATION.matcher(sentence).matches() // "^ Festa, Paul (May 6, 2003).": a source the article cites
                || CREDIT.matcher(sentence).matches() // "Lorne Cook contributed to this report.": the story's credits
                || DISCLAIMER.matcher(sentence).matches() || SOURCES.matcher(sentence).matches()
                || READER_PROMPT.matcher(sentence).matches() // "Leave a comment and let us know ...": asks, states nothing
                || PUBLISHING_NOTE.matcher(sentence).matches() && !sentence.toLowerCase(Locale.ROOT).contains("correct");
    }
}
