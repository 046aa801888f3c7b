package org.factdesk.ui.verdict;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A row of joined pill buttons that breaks into two rows of equal cells when the pane is too narrow to show every
 * label whole: six verdict labels cut to "Verifi…" and "Disput…" are unreadable, and the verdict is the one choice
 * a reviewer must never misread. Each row keeps rounded ends (style classes left-pill, center-pill, right-pill).
 */
final class PillRow extends Pane {

    private int columns = -1;

    PillRow(List<? extends Node> pills) {
        getChildren().addAll(pills);
        getStyleClass().add("status-row");
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double wholeWidth() {
        double sum = 0;
        for (Node n : getManagedChildren()) {
            sum += n.prefWidth(-1);
        }
        return sum + snappedLeftInset() + snappedRightInset();
    }

    private double cellHeight() {
        double h = 0;
        for (Node n : getManagedChildren()) {
            h = Math.max(h, n.prefHeight(-1));
        }
        return h;
    }

    private int columnsFor(double width) {
        int n = getManagedChildren().size();
        return width < 0 || width >= wholeWidth() ? n : (n + 1) / 2;
    }

    @Override
    protected double computePrefWidth(double height) {
        return wholeWidth();
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node n : getManagedChildren()) {
            widest = Math.max(widest, n.minWidth(-1));
        }
        return widest * ((getManagedChildren().size() + 1) / 2) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        int n = getManagedChildren().size();
        int cols = Math.max(1, columnsFor(width));
        int rows = (n + cols - 1) / cols;
        return rows * cellHeight() + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        List<Node> pills = getManagedChildren();
        if (pills.isEmpty()) {
            return;
        }
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        int cols = Math.max(1, columnsFor(getWidth()));
        if (cols != columns) {
            columns = cols;
            for (int i = 0; i < pills.size(); i++) {
                int col = i % cols;
                boolean lastInRow = col == cols - 1 || i == pills.size() - 1;
                pills.get(i).getStyleClass().removeAll("left-pill", "center-pill", "right-pill");
                pills.get(i).getStyleClass().add(col == 0 ? "left-pill" : lastInRow ? "right-pill" : "center-pill");
            }
        }
        double cell = width / cols;
        double h = cellHeight();
        for (int i = 0; i < pills.size(); i++) {
            int col = i % cols;
            int row = i / cols;
            double x = snapPositionX(left + col * cell);
            double nextX = snapPositionX(left + (col + 1) * cell);
            pills.get(i).resizeRelocate(x, snapPositionY(top + row * h), nextX - x, h);
        }
    }

    /** Columns in the current layout (all pills in one row, or half of them in each of two rows). */
    int columns() {
        return columns;
    }
}
