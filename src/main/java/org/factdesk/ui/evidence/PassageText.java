package org.factdesk.ui.evidence;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.factdesk.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits a passage into plain and matched runs, so the matching words can be shown bold. */
public final class PassageText {
    public record Run(String text, boolean hit) {
    }

    private PassageText() {
    }

    /** Runs covering the whole passage; overlapping or out-of-range highlights are merged or clipped. */
    public static List<Run> runs(String passage, List<Span> highlights) {
        List<Span> sorted = new ArrayList<>(highlights);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (Span s : sorted) {
            int start = Math.max(at, Math.min(s.start(), passage.length()));
            int end = Math.min(s.end(), passage.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                runs.add(new Run(passage.substring(at, start), false));
            }
            runs.add(new Run(passage.substring(start, end), true));
            at = end;
        }
        if (at < passage.length()) {
            runs.add(new Run(passage.substring(at), false));
        }
        return runs;
    }

    static TextFlow flow(String passage, List<Span> highlights) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("passage");
        for (Run r : runs(passage, highlights)) {
            Text t = new Text(r.text());
            t.getStyleClass().add(r.hit() ? "passage-hit" : "passage-text");
            flow.getChildren().add(t);
        }
        return flow;
    }
}
