package org.factdesk.read.text;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.read.page.Block;

/**
 * Plain text to pieces, as "save as text" and a browser's copy and paste leave it: blank lines separate blocks;
 * inside a block, a line broken mid-sentence continues the one before (text saved at a fixed width), while short
 * lines and lines that end a sentence are blocks of their own (menu entries, a headline, a byline, paragraphs
 * copied with single line breaks). Bullets make list items, tabs make table rows, "> " a quote, a line of "="
 * or "-" under a line makes it a heading. One pass over the lines.
 */
final class TextBlocks {
    private TextBlocks() {
    }

    static List<Piece> read(String text) {
        List<Piece> pieces = new ArrayList<>();
        List<String> group = new ArrayList<>();
        int groups = 0;
        for (String line : text.split("\n", -1)) {
            String raw = stripEnd(line);
            if (raw.isBlank()) {
                groups = group(group, pieces, groups);
                group.clear();
            } else {
                group.add(raw);
            }
        }
        group(group, pieces, groups);
        return pieces;
    }

    /** The lines between two blank lines: one paragraph broken at a fixed width, or lines that are blocks each. */
    private static int group(List<String> lines, List<Piece> pieces, int index) {
        if (lines.isEmpty()) {
            return index;
        }
        int first = pieces.size();
        group(lines, pieces);
        for (int i = first; i < pieces.size(); i++) {
            pieces.get(i).group = index;
        }
        return index + 1;
    }

    private static void group(List<String> lines, List<Piece> pieces) {
        if (isHardWrapped(lines)) {
            StringBuilder sb = new StringBuilder();
            for (String l : lines) {
                String line = l.strip();
                int n = sb.length();
                if (n >= 2 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2)) && !line.isEmpty()
                        && Character.isLowerCase(line.charAt(0))) {
                    sb.setLength(n - 1); // "85 mil-" + "lion euros": a word broken at the line's end
                    sb.append(line);
                } else {
                    sb.append(sb.isEmpty() ? "" : " ").append(line);
                }
            }
            pieces.add(Piece.of(Block.Kind.PARAGRAPH, sb.toString()));
            return;
        }
        StringBuilder para = new StringBuilder();
        Block.Kind kind = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (isUnderline(line) && !para.isEmpty() && Texts.words(para.toString(), 31) <= 30) {
                pieces.add(new Piece(Block.Kind.HEADING, line.charAt(0) == '=' ? 1 : 2,
                        List.of(Line.plain(para.toString().strip()))));
                para.setLength(0);
                kind = null;
                continue;
            }
            Block.Kind lineKind = kindOf(raw);
            String content = lineKind == Block.Kind.LIST_ITEM ? withoutBullet(line)
                    : lineKind == Block.Kind.QUOTE ? line.substring(1).strip()
                    : lineKind == Block.Kind.TABLE ? String.join(" | ", cells(raw))
                    : line;
            // A quote goes on over its lines; an indented line under a list item goes on with the item.
            boolean continues = !para.isEmpty() && (kind == Block.Kind.QUOTE && lineKind == Block.Kind.QUOTE
                    || kind == Block.Kind.LIST_ITEM && lineKind == Block.Kind.PARAGRAPH && raw.startsWith(" "));
            if (continues) {
                para.append(' ').append(content);
            } else {
                kind = flush(para, kind, pieces);
                para.append(content);
                kind = lineKind;
            }
        }
        flush(para, kind, pieces);
    }

    /**
     * Text saved at a fixed width: two lines or more, the longest of 50 to 100 characters, every line but the last
     * at least three quarters as long, none a list item, a quote or a table row.
     */
    static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int max = 0;
        for (String l : lines) {
            max = Math.max(max, l.strip().length());
            if (kindOf(l) != Block.Kind.PARAGRAPH || l.strip().contains("     ")) {
                return false; // a run of spaces inside sets columns apart (a report's running head), it wraps no text
            }
        }
        if (max < 50 || max > 100) {
            return false;
        }
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).strip().length() * 4 < max * 3) {
                return false;
            }
        }
        return true;
    }

    private static Block.Kind flush(StringBuilder para, Block.Kind kind, List<Piece> pieces) {
        if (!para.isEmpty()) {
            pieces.add(new Piece(kind == null ? Block.Kind.PARAGRAPH : kind, 0, List.of(Line.plain(para.toString().strip()))));
            para.setLength(0);
        }
        return null;
    }

    private static Block.Kind kindOf(String raw) {
        String t = raw.strip();
        if (t.startsWith("• ") || t.startsWith("- ") || t.startsWith("* ") || t.startsWith("– ") || t.startsWith("▪ ")
                || t.startsWith("◦ ") || isNumbered(t)) {
            return Block.Kind.LIST_ITEM;
        }
        if (t.startsWith(">") && t.length() > 1) {
            return Block.Kind.QUOTE;
        }
        if (cells(raw).size() >= 2) {
            return Block.Kind.TABLE;
        }
        return Block.Kind.PARAGRAPH;
    }

    private static boolean isNumbered(String t) {
        int i = 0;
        while (i < t.length() && i < 3 && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')') && t.charAt(i + 1) == ' '
                && !Character.isDigit(t.charAt(i + 1));
    }

    private static String withoutBullet(String t) {
        if (isNumbered(t)) {
            return t.substring(t.indexOf(' ') + 1).strip();
        }
        return t.substring(1).strip();
    }

    /** The cells of a tab-separated line (two or more non-empty ones), or an empty list. */
    private static List<String> cells(String raw) {
        if (raw.indexOf('\t') < 0) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String c : raw.strip().split("\t+")) {
            if (!c.isBlank()) {
                cells.add(c.strip());
            }
        }
        return cells.size() >= 2 ? cells : List.of();
    }

    private static boolean isUnderline(String line) {
        if (line.length() < 3) {
            return false;
        }
        char c = line.charAt(0);
        if (c != '=' && c != '-') {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }
}
