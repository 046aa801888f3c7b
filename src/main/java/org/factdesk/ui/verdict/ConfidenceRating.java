package org.factdesk.ui.verdict;

import javafx.geometry.Orientation;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.Rating;

/**
 * The confidence stars (0 = not rated, 1-5), usable without a mouse and announced by screen readers: it takes the
 * focus with Tab; Right/Up and Left/Down step, Home clears, End is 5, the digits 0-5 set it. For assistive
 * technology it is a slider named "Confidence" with its value, minimum and maximum.
 */
final class ConfidenceRating extends Rating {
    static final int MAX = 5;

    ConfidenceRating() {
        super(MAX, 0);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleText("Confidence");
        setAccessibleHelp("Right or Left arrow to change, 0 to 5 to set, Home to clear");
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        ratingProperty().addListener((o, was, now) -> notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE));
    }

    private void key(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return; // Ctrl+digit is a verdict status, not a confidence
        }
        int now = (int) Math.round(getRating());
        Integer next = switch (e.getCode()) {
            case RIGHT, UP, PLUS, ADD -> Math.min(MAX, now + 1);
            case LEFT, DOWN, MINUS, SUBTRACT -> Math.max(0, now - 1);
            case HOME -> 0;
            case END -> MAX;
            default -> digit(e.getCode());
        };
        if (next != null) {
            setRating(next);
            e.consume();
        }
    }

    private static Integer digit(KeyCode code) {
        String name = code.getName(); // "3" or "Numpad 3"
        if (code.isDigitKey()) {
            int d = name.charAt(name.length() - 1) - '0';
            return d >= 0 && d <= MAX ? d : null;
        }
        return null;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case VALUE -> getRating();
            case MIN_VALUE -> 0d;
            case MAX_VALUE -> (double) MAX;
            case ORIENTATION -> Orientation.HORIZONTAL;
            case TEXT -> "Confidence " + (int) Math.round(getRating()) + " of " + MAX;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        switch (action) {
            case INCREMENT -> setRating(Math.min(MAX, Math.round(getRating()) + 1));
            case DECREMENT -> setRating(Math.max(0, Math.round(getRating()) - 1));
            case SET_VALUE -> {
                if (parameters.length > 0 && parameters[0] instanceof Number n) {
                    setRating(Math.max(0, Math.min(MAX, Math.round(n.doubleValue()))));
                }
            }
            default -> super.executeAccessibleAction(action, parameters);
        }
    }
}
