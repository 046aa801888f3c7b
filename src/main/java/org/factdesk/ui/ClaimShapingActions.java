package org.factdesk.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.ui.article.ArticleView;
import org.factdesk.ui.claims.ClaimListView;
import org.factdesk.ui.dialogs.ClaimDialogs;
import org.factdesk.ui.keys.KeyBinding;

import java.util.List;

/** The view's side of shaping claims: what is selected in the article and the list, the dialogs, the context menus. */
final class ClaimShapingActions {
    private final MainViewModel vm;
    private final Stage stage;
    private final ArticleView articleView;
    private final ClaimListView claimListView;

    ClaimShapingActions(MainViewModel vm, Stage stage, ArticleView articleView, ClaimListView claimListView) {
        this.vm = vm;
        this.stage = stage;
        this.articleView = articleView;
        this.claimListView = claimListView;
    }

    ContextMenu articleMenu() {
        MenuItem add = MainMenus.item(KeyBinding.ADD_CLAIM, this::addClaimFromSelection);
        add.setId("menuAddClaim");
        ContextMenu menu = new ContextMenu(add,
                MainMenus.item("Split selected claim here", KeyBinding.SPLIT_CLAIM, this::splitSelected),
                MainMenus.item("Edit wording of selected claim…", KeyBinding.REWORD_CLAIM, this::rewordSelected),
                new SeparatorMenuItem(),
                MainMenus.item("Copy", () -> articleView.textArea().copy()));
        menu.setOnShowing(e -> add.setDisable(articleView.textArea().getSelection().getLength() == 0));
        return menu;
    }

    ContextMenu claimMenu() {
        MenuItem dismiss = MainMenus.item("Dismiss as not check-worthy", KeyBinding.DISMISS_CLAIM, this::dismissOrRestoreSelected);
        MenuItem merge = MainMenus.item("Merge with next claim", KeyBinding.MERGE_CLAIMS, this::mergeSelected);
        ContextMenu menu = new ContextMenu(
                MainMenus.item(KeyBinding.REWORD_CLAIM, this::rewordSelected),
                MainMenus.item(KeyBinding.SPLIT_CLAIM, this::splitSelected),
                merge, dismiss,
                new SeparatorMenuItem(),
                MainMenus.item(KeyBinding.FIND_CLAIMS_AGAIN, vm.shaping()::reextract));
        menu.setOnShowing(e -> {
            boolean restoring = vm.claims().showDismissedProperty().get();
            dismiss.setText(restoring ? "Restore claim" : "Dismiss as not check-worthy");
            merge.setText(claimListView.selectedClaims().size() == 2 ? "Merge the two selected claims" : "Merge with next claim");
        });
        return menu;
    }

    Claim selectedClaim() {
        Claim c = vm.claims().selectedProperty().get();
        if (c == null) {
            vm.noticeProperty().set("Select a claim first.");
        }
        return c;
    }

    void addClaimFromSelection() {
        Article a = vm.currentArticle().orElse(null);
        IndexRange sel = articleView.textArea().getSelection();
        if (a == null || sel.getLength() == 0) {
            vm.noticeProperty().set("Select the words of the claim in the article first (" + KeyBinding.ADD_CLAIM.keys() + " then adds it).");
            return;
        }
        String text = a.text().substring(sel.getStart(), Math.min(sel.getEnd(), a.text().length()));
        ClaimDialogs.askKind(stage, text).ifPresent(kind -> vm.shaping().addClaim(sel.getStart(), sel.getEnd(), kind));
    }

    void rewordSelected() {
        Claim c = selectedClaim();
        Article a = vm.currentArticle().orElse(null);
        if (c == null || a == null) {
            return;
        }
        ClaimDialogs.askWording(stage, c.text(), spanText(a, c)).ifPresent(w -> vm.shaping().rewordClaim(c, w));
    }

    /** Splits at the caret in the article when it lies inside the claim; otherwise asks where. */
    void splitSelected() {
        Claim c = selectedClaim();
        Article a = vm.currentArticle().orElse(null);
        if (c == null || a == null) {
            return;
        }
        int caret = articleView.textArea().getCaretPosition();
        if (caret > c.start() && caret < c.end() && articleView.textArea().getSelection().getLength() == 0
                && articleView.textArea().isFocused()) {
            vm.shaping().splitClaim(c, caret);
            return;
        }
        ClaimDialogs.askSplitPoint(stage, spanText(a, c)).ifPresent(at -> vm.shaping().splitClaim(c, c.start() + at));
    }

    void mergeSelected() {
        List<Claim> chosen = claimListView.selectedClaims();
        if (chosen.size() == 2) {
            vm.shaping().mergeClaims(chosen.get(0), chosen.get(1));
            return;
        }
        Claim c = selectedClaim();
        if (c == null) {
            return;
        }
        List<Claim> inOrder = vm.claims().all().stream().sorted(java.util.Comparator.comparingInt(Claim::start)).toList();
        int i = inOrder.indexOf(c);
        if (chosen.size() > 2 || i < 0 || i + 1 >= inOrder.size()) {
            vm.noticeProperty().set("Select two adjacent claims (Shift+click) to merge them.");
            return;
        }
        vm.shaping().mergeClaims(c, inOrder.get(i + 1));
    }

    void dismissOrRestoreSelected() {
        Claim c = selectedClaim();
        if (c == null) {
            return;
        }
        if (vm.claims().isDismissed(c)) {
            vm.shaping().restoreClaim(c);
        } else {
            vm.shaping().dismissClaim(c);
        }
    }

    private static String spanText(Article a, Claim c) {
        int s = Math.max(0, Math.min(c.start(), a.text().length()));
        int e = Math.max(s, Math.min(c.end(), a.text().length()));
        return a.text().substring(s, e);
    }
}
