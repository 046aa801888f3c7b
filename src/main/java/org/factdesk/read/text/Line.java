package org.factdesk.read.text;

/**
 * One line of a clipping as its reader found it: the text, and what the markup said about it (how much of it was
 * links or emphasis, whether it held an image or share buttons). Lines are what metadata and chrome are told
 * from: a paragraph may hold a byline on its first line and the story on the next.
 */
final class Line {
    /** What a line turned out to be. */
    enum Role {
        BODY, DROP, TITLE, CAPTION
    }

    String text;
    /** The text as the reader found it, before credits, promos and addresses were cut off. */
    final String raw;
    Role role = Role.BODY;
    /** Letters and digits in the text, in link text, in emphasised text. */
    final int letters;
    final int linkLetters;
    final int emphasisLetters;
    final int links;
    final int images;
    final int shareLinks;
    /** The first link's destination, or "". */
    final String href;
    /** The first image's alternative text, or "". */
    final String imageAlt;
    /** Every link's destination (a menu line has several). */
    java.util.List<String> hrefs = java.util.List.of();

    Line(String text, int letters, int linkLetters, int emphasisLetters, int links, int images, int shareLinks,
         String href, String imageAlt) {
        this.text = text;
        this.raw = text;
        this.letters = letters;
        this.linkLetters = linkLetters;
        this.emphasisLetters = emphasisLetters;
        this.links = links;
        this.images = images;
        this.shareLinks = shareLinks;
        this.href = href;
        this.imageAlt = imageAlt;
    }

    /** A line of plain text, with no markup to tell about it. */
    static Line plain(String text) {
        return new Line(text, letters(text), 0, 0, 0, 0, 0, "", "");
    }

    /** Nothing but links: a menu, a share row, a related headline, a promo. */
    boolean linkOnly() {
        return links > 0 && letters > 0 && linkLetters * 100 >= letters * 85;
    }

    /** Only images (and perhaps empty links around them). */
    boolean imageOnly() {
        return images > 0 && letters == 0;
    }

    /** Set in italics or bold as a whole, as captions under images are. */
    boolean emphasized() {
        return letters > 0 && emphasisLetters * 100 >= letters * 80;
    }

    static int letters(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return role + ":" + text;
    }
}
