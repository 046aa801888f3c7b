package org.factdesk.ui;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.factdesk.read.web.PageFetcher;

/**
 * Articles dropped onto the window: a file is opened, a link dragged from a browser is fetched, dragged
 * text is read as pasted text. The first file of several is opened (one article is reviewed at a time).
 */
final class ArticleDrop {
    private ArticleDrop() {
    }

    static boolean isWebAddress(String text) {
        return PageFetcher.isUrl(text);
    }

    static void install(Node target, Consumer<File> openFile, Consumer<String> openUrl, Consumer<String> openText) {
        target.setOnDragOver(e -> {
            Dragboard db = e.getDragboard();
            if (e.getGestureSource() == null && (db.hasFiles() || db.hasUrl() || db.hasString())) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            e.setDropCompleted(drop(e, openFile, openUrl, openText));
            e.consume();
        });
    }

    private static boolean drop(DragEvent e, Consumer<File> openFile, Consumer<String> openUrl,
                                Consumer<String> openText) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles()) {
            List<File> files = db.getFiles().stream().filter(File::isFile).toList();
            if (!files.isEmpty()) {
                openFile.accept(files.getFirst());
                return true;
            }
        }
        if (db.hasUrl() && isWebAddress(db.getUrl())) {
            openUrl.accept(db.getUrl().strip());
            return true;
        }
        if (db.hasString() && !db.getString().isBlank()) {
            String s = db.getString();
            if (isWebAddress(s)) {
                openUrl.accept(s.strip());
            } else {
                openText.accept(s);
            }
            return true;
        }
        return false;
    }
}
