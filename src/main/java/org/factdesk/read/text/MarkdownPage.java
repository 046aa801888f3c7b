package org.factdesk.read.text;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.read.Block;
import org.factdesk.read.PageMetadata;
import org.factdesk.read.ReadPage;

/** Markdown, as read-later tools and web clippers save articles. */
public final class MarkdownPage {
    private MarkdownPage() {
    }

    public static ReadPage read(String raw) {
        String title = "";
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String l = line;
            if (l.startsWith("#")) {
                l = l.replaceFirst("^#+\\s*", "");
                if (title.isEmpty()) {
                    title = l.strip();
                    continue;
                }
            }
            l = l.replaceAll("!\\[[^]]*]\\([^)]*\\)", "")
                    .replaceAll("\\[([^]]+)]\\([^)]*\\)", "$1")
                    .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
                    .replaceFirst("^\\s*>\\s?", "")
                    .replaceFirst("^\\s*[-*+]\\s+", "");
            if (l.isBlank()) {
                flush(para, blocks);
            } else {
                para.append(para.isEmpty() ? "" : "\n").append(l.strip());
            }
        }
        flush(para, blocks);
        return new ReadPage(PageMetadata.EMPTY.withTitle(title), blocks);
    }

    private static void flush(StringBuilder para, List<Block> blocks) {
        if (!para.isEmpty()) {
            blocks.add(Block.paragraph(para.toString()));
            para.setLength(0);
        }
    }
}
