package org.factdesk.read.text;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.read.page.Block;

/** A block of a clipping before cleaning: its kind, its heading level (0 when not a heading) and its lines. */
final class Piece {
    final Block.Kind kind;
    final int level;
    final List<Line> lines;
    /** The run of lines between blank lines that plain text's piece came from; -1 for Markdown's. */
    int group = -1;

    Piece(Block.Kind kind, int level, List<Line> lines) {
        this.kind = kind;
        this.level = level;
        this.lines = new ArrayList<>(lines);
    }

    static Piece of(Block.Kind kind, String... lines) {
        List<Line> ls = new ArrayList<>();
        for (String l : lines) {
            ls.add(Line.plain(l));
        }
        return new Piece(kind, 0, ls);
    }

    /** The kept lines' text, joined by spaces. */
    String keptText() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (l.role == Line.Role.BODY && !l.text.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(kind == Block.Kind.PREFORMATTED ? "\n" : " ");
                }
                sb.append(l.text);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return kind + (level > 0 ? String.valueOf(level) : "") + lines;
    }
}
