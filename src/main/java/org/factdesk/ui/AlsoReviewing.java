package org.factdesk.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import org.factdesk.app.Workbench;
import org.factdesk.model.Article;
import org.factdesk.store.PgStore;
import org.factdesk.store.Presence;

/**
 * "Also reviewing: ana, sam": the colleagues who have the window's article open right now on the team desk (empty on
 * a local desk or when nobody else does). Looked up again on each presence event and each article shown.
 */
final class AlsoReviewing {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final UiExecutor executor;

    AlsoReviewing(UiExecutor executor) {
        this.executor = executor;
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Reads who is on the shown article off the JavaFX thread; a failure keeps the line (the banner says why). */
    void refresh(Workbench wb, Supplier<Article> shown) {
        Article a = shown.get();
        PgStore desk = wb == null ? null : wb.teamDesk().orElse(null);
        if (desk == null || a == null) {
            text.set("");
            return;
        }
        executor.run(desk::reviewingNow, now -> {
            Article still = shown.get();
            if (still != null && still.id().equals(a.id())) {
                text.set(describe(now, a.id()));
            }
        }, t -> { });
    }

    static String describe(List<Presence> now, String articleId) {
        List<String> others = now.stream().filter(p -> !p.mine() && p.articleId().equals(articleId))
                .map(Presence::who).distinct().toList();
        return others.isEmpty() ? "" : "Also reviewing: " + String.join(", ", others);
    }

    /** The line above the article, shown only while somebody else is on it. */
    static Label label(ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId("alsoReviewing");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setStyle("-fx-background-color: #e7f1ff; -fx-text-fill: #0b3d91; -fx-padding: 4 10 4 10;");
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
