package org.factdesk.ui.article;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.ui.claims.ClaimListViewModel;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/** The article under review: its header line and the highlight plan of its claims. */
public final class ArticleViewModel {
    public enum State { NONE, OPENING, OPEN }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.NONE);
    /** The workspace has no article at all: the empty pane welcomes a new user (how to open one, import an archive). */
    private final javafx.beans.property.BooleanProperty welcome = new javafx.beans.property.SimpleBooleanProperty();
    private final ClaimListViewModel claims;

    public ArticleViewModel(ClaimListViewModel claims) {
        this.claims = claims;
    }

    public void opening() {
        state.set(State.OPENING);
    }

    public void show(Article a) {
        article.set(a);
        state.set(a == null ? State.NONE : State.OPEN);
    }

    /** Back to the previous state when opening failed. */
    public void openFailed() {
        state.set(article.get() == null ? State.NONE : State.OPEN);
    }

    public StringBinding titleText() {
        return Bindings.createStringBinding(() -> article.get() == null ? "" : article.get().displayTitle(), article);
    }

    /** "By Jane Roe · Northbridge Wire · 4 November 2024 (updated 5 November 2024)" (what is known). */
    public StringBinding metaText() {
        return Bindings.createStringBinding(() -> metaLine(article.get()), article);
    }

    static String metaLine(Article a) {
        if (a == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String names = org.factdesk.model.Bylines.display(a.byline());
        if (!names.isEmpty() && !sameName(names, a.source())) {
            parts.add("By " + names); // an outlet signing as itself ("Al-Bawaba · Al-Bawaba") is named once
        }
        parts.add(a.source().isBlank() ? "Unknown outlet" : a.source());
        String date = a.published() == null ? "date unknown" : DATE.format(a.published());
        if (a.updated() != null && !a.updated().equals(a.published())) {
            date += " (updated " + DATE.format(a.updated()) + ")";
        }
        parts.add(date);
        return String.join(" · ", parts);
    }

    private static boolean sameName(String a, String b) {
        return a.replaceAll("[^\\p{L}\\p{N}]", "").equalsIgnoreCase(b.replaceAll("[^\\p{L}\\p{N}]", ""));
    }

    public List<HighlightPlan.Segment> highlightPlan() {
        Article a = article.get();
        if (a == null) {
            return List.of();
        }
        Claim sel = claims.selectedProperty().get();
        return HighlightPlan.compute(a.text().length(), claims.all(), claims.statuses(), sel == null ? null : sel.id());
    }

    /** The reader clicked at a text offset: select the claim there, if any. */
    public void clickedAt(int offset) {
        Claim sel = claims.selectedProperty().get();
        Claim hit = HighlightPlan.claimAt(offset, claims.all(), sel == null ? null : sel.id());
        if (hit != null) {
            claims.selectedProperty().set(hit);
        }
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public javafx.beans.property.BooleanProperty welcomeProperty() {
        return welcome;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public ClaimListViewModel claims() {
        return claims;
    }
}
