package org.factdesk.ui.keys;

import javafx.scene.input.KeyCombination;
import org.factdesk.model.VerdictStatus;

import java.util.Locale;

/**
 * Every keyboard shortcut of the workbench, in the order of the F1 sheet: the menus take their accelerators from
 * here, the tooltips the keys they mention, and the sheet its lines, so that they cannot say different things.
 *
 * <p>{@code key} is in JavaFX's {@link KeyCombination} syntax ({@code Shortcut} is Ctrl, Cmd on a Mac), or null for a
 * key a view handles itself (J and K, Esc, Enter); {@code sheetKeys}, when not null, is how the sheet writes the
 * keys instead.
 */
public enum KeyBinding {
    NEXT_CLAIM("review.next", "Next claim", "Next claim", "Alt+Down", "J  or  Alt+Down"),
    PREVIOUS_CLAIM("review.previous", "Previous claim", "Previous claim", "Alt+Up", "K  or  Alt+Up"),
    MARK_VERIFIED("review.mark.verified", "Mark Verified", "Verified", "Shortcut+1", null),
    MARK_DISPUTED("review.mark.disputed", "Mark Disputed", "Disputed", "Shortcut+2", null),
    MARK_FALSE("review.mark.false", "Mark False", "False", "Shortcut+3", null),
    MARK_MISLEADING("review.mark.misleading", "Mark Misleading", "Misleading", "Shortcut+4", null),
    MARK_UNVERIFIABLE("review.mark.unverifiable", "Mark Unverifiable", "Unverifiable", "Shortcut+5", null),
    MARK_UNREVIEWED("review.mark.unreviewed", "Mark Unreviewed", "Back to Unreviewed", "Shortcut+0", null),
    WRITE_RATIONALE("review.rationale", "Write rationale", "Write the rationale", "Shortcut+R", null),
    LEAVE_TEXT("review.leaveText", null, "Back to the claim list (the note is saved)", null,
            "Esc (in rationale or filter)"),
    CITE_SUPPORTING("review.citeSupporting", "Cite passage as supporting", "Cite selected passage as supporting",
            "Shortcut+Shift+S", null),
    CITE_CONTRADICTING("review.citeContradicting", "Cite passage as contradicting",
            "Cite selected passage as contradicting", "Shortcut+Shift+C", null),
    GO_TO_EVIDENCE("review.evidence", "Go to evidence", "Go to the evidence list", "Shortcut+E", null),
    OPEN_SOURCE("evidence.openSource", null, "Open the source article", null, "Enter (in evidence)"),
    UNDO("review.undo", "Undo verdict change", "Undo the last verdict change", "Shortcut+Z", null),
    REDO("review.redo", "Redo verdict change", "Redo what was undone", "Shortcut+Shift+Z", null),
    ADD_CLAIM("claims.add", "Add claim from selection…", "Add the selected article text as a claim",
            "Shortcut+Shift+A", null),
    REWORD_CLAIM("claims.reword", "Edit wording…", "Edit the claim's wording", "F2", null),
    SPLIT_CLAIM("claims.split", "Split claim…", "Split the claim (at the caret in the article)", "Shortcut+Shift+X", null),
    MERGE_CLAIMS("claims.merge", "Merge selected claims", "Merge the two selected claims (or with the next)",
            "Shortcut+Shift+M", null),
    DISMISS_CLAIM("claims.dismiss", "Dismiss / restore claim", "Dismiss the claim as not check-worthy / restore it",
            "Shortcut+Delete", null),
    FIND_CLAIMS_AGAIN("claims.findAgain", "Find claims again", "Find the claims again (verdicts kept)", "F5", null),
    FILTER_CLAIMS("review.filter", "Filter claims", "Filter claims", "Shortcut+F", null),
    SEARCH_ARCHIVE("review.search", "Search archive", "Search the archive (Lucene syntax; Esc returns)", "Shortcut+K", null),
    OPEN_FILE("file.open", "Open article…", "Open article file", "Shortcut+O", null),
    PASTE_ARTICLE("file.paste", "Paste article…", "Paste article", "Shortcut+Shift+V", null),
    OPEN_URL("file.openUrl", "Open web address…", "Open web address", "Shortcut+Shift+O", null),
    EDIT_DETAILS("file.details", "Edit article details…", "Edit the article's details", "Shortcut+D", null),
    IMPORT_ARCHIVE("file.import", "Import into archive (file)…", "Import into archive", "Shortcut+I", null),
    EXPORT_REPORT("file.export", "Export report…", "Export report", "Shortcut+Shift+E", null),
    EXPORT_RANGE("file.exportRange", "Export reviews in a date range…", "Export reviews in a date range",
            "Shortcut+Alt+E", null),
    LIBRARY("file.library", "Article library…", "Article library", "Shortcut+L", null),
    DARK_THEME("view.dark", "Dark theme", "Dark theme on / off", "Shortcut+Shift+D", null),
    PREFERENCES("view.preferences", "Preferences…", "Preferences", "Shortcut+Comma", null),
    SHORTCUTS("help.shortcuts", "Keyboard shortcuts", "This cheat sheet", "F1", null),
    QUIT("file.quit", "Quit", "Quit", "Shortcut+Q", null);

    private final String actionId;
    private final String menuLabel;
    private final String description;
    private final String key;
    private final String sheetKeys;

    KeyBinding(String actionId, String menuLabel, String description, String key, String sheetKeys) {
        this.actionId = actionId;
        this.menuLabel = menuLabel;
        this.description = description;
        this.key = key;
        this.sheetKeys = sheetKeys;
    }

    /** A stable name of the action (for ids and tests). */
    public String actionId() {
        return actionId;
    }

    /** The menu item's text, or null for a key with no menu item. */
    public String menuLabel() {
        return menuLabel;
    }

    /** What the key does, as the F1 sheet says it. */
    public String description() {
        return description;
    }

    /** The accelerator, or null for a key a view handles itself. */
    public KeyCombination combination() {
        return key == null ? null : KeyCombination.keyCombination(key);
    }

    /** The key as people read it ("Ctrl+Shift+S"). */
    public String keys() {
        if (key == null) {
            return sheetKeys;
        }
        return key.replace("Shortcut", MAC ? "Cmd" : "Ctrl").replace("Comma", ",");
    }

    /** The keys as the F1 sheet lists them (with the bare-key alternatives: J, K). */
    public String sheetKeys() {
        return sheetKeys != null ? sheetKeys : keys();
    }

    /** A tooltip's text that ends with the key: {@code "Undo (Ctrl+Z)"}. */
    public String tip(String text) {
        return text + " (" + keys() + ")";
    }

    /** The binding that marks a claim with a status (Ctrl+1 Verified … Ctrl+5 Unverifiable, Ctrl+0 Unreviewed). */
    public static KeyBinding mark(VerdictStatus s) {
        return switch (s) {
            case UNREVIEWED -> MARK_UNREVIEWED;
            case VERIFIED -> MARK_VERIFIED;
            case DISPUTED -> MARK_DISPUTED;
            case FALSE -> MARK_FALSE;
            case MISLEADING -> MARK_MISLEADING;
            case UNVERIFIABLE -> MARK_UNVERIFIABLE;
        };
    }

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
}
