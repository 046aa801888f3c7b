package org.factdesk.ui.dialogs;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.model.Article;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The fields of "Paste article…" and "Edit article details…": the text (paste only), title, outlet,
 * date and URL, with a message that says exactly what to fix.
 */
public final class ArticleFormViewModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty published = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final BooleanProperty textEditable = new SimpleBooleanProperty(true);
    private final StringBinding problem;
    private final BooleanBinding valid;

    public ArticleFormViewModel() {
        problem = Bindings.createStringBinding(this::findProblem, text, title, published, url, textEditable);
        valid = problem.isEmpty();
    }

    /** For editing the details of an article already open: the text stays as it is. */
    public static ArticleFormViewModel forMetadata(Article a) {
        ArticleFormViewModel vm = new ArticleFormViewModel();
        vm.textEditable.set(false);
        vm.text.set(a.text());
        vm.title.set(a.title());
        vm.source.set(a.source());
        vm.published.set(a.published() == null ? "" : a.published().toString());
        vm.url.set(a.url());
        return vm;
    }

    private String findProblem() {
        if (textEditable.get() && text.get().isBlank()) {
            return "Paste the article text first.";
        }
        if (textEditable.get() && text.get().strip().length() < 20) {
            return "The text is too short to hold a claim (at least a sentence is needed).";
        }
        String date = published.get().strip();
        if (!date.isEmpty()) {
            try {
                LocalDate d = LocalDate.parse(date);
                if (d.isAfter(LocalDate.now().plusDays(1))) {
                    return "The date " + date + " is in the future; check the publication date.";
                }
            } catch (DateTimeParseException e) {
                return "Write the date as YYYY-MM-DD, e.g. 2024-11-04 (or leave it empty).";
            }
        }
        String u = url.get().strip();
        if (!u.isEmpty()) {
            try {
                URI uri = new URI(u);
                if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                        || uri.getHost() == null) {
                    return "The URL must start with http:// or https:// and name a site (or leave it empty).";
                }
            } catch (java.net.URISyntaxException e) {
                return "The URL is not valid: " + e.getReason() + " (or leave it empty).";
            }
        }
        return "";
    }

    public LocalDate publishedDate() {
        String d = published.get().strip();
        return d.isEmpty() ? null : LocalDate.parse(d);
    }

    /** The edited article (metadata mode). */
    public Article applyTo(Article a) {
        return a.withMetadata(title.get().strip(), source.get().strip(), publishedDate(), url.get().strip());
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty publishedProperty() {
        return published;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public BooleanProperty textEditableProperty() {
        return textEditable;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
