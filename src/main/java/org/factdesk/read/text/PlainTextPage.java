package org.factdesk.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.read.Block;
import org.factdesk.read.PageMetadata;
import org.factdesk.read.ReadPage;

/** Plain text, as pasted or saved: paragraphs are separated by blank lines; a short first line is the headline. */
public final class PlainTextPage {
    /** A headline: one short line, not a sentence ("Troops arrive in Kursk"), before a blank line. */
    private static final Pattern HEADLINE = Pattern.compile("\\A([^\\n]{1,150}?)[ \\t]*\\n[ \\t]*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:,…][\"”’')]*$");

    private PlainTextPage() {
    }

    public static ReadPage read(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        String title = "";
        Matcher m = HEADLINE.matcher(text);
        if (m.find()) {
            String headline = m.group(1).strip();
            String body = text.substring(m.end()).strip();
            if (!body.isEmpty() && !SENTENCE_END.matcher(headline).find()
                    && !headline.regionMatches(true, 0, "by ", 0, 3)) {
                title = headline;
                text = body;
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (String para : text.split("\\n[ \\t]*\\n")) {
            String p = para.strip();
            if (!p.isEmpty()) {
                blocks.add(Block.paragraph(p));
            }
        }
        return new ReadPage(PageMetadata.EMPTY.withTitle(title), blocks);
    }
}
