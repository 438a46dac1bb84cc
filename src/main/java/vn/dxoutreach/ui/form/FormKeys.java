package vn.dxoutreach.ui.form;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The keys every form answers: Ctrl+N new, Ctrl+S and Enter save. */
public final class FormKeys {

    public static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private FormKeys() {
    }

    /**
     * Whether a key saves the form: Ctrl+S anywhere, or Enter inside the form — unless it belongs
     * to an open list or calendar, a multi-line text, or a button (which Enter presses).
     */
    public static boolean saves(KeyEvent event, Node form) {
        if (SAVE.match(event)) {
            return true;
        }
        if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isShiftDown()
                || !(event.getTarget() instanceof Node target) || target instanceof TextArea
                || target instanceof ButtonBase) {
            return false;
        }
        boolean inForm = false;
        for (Node n = target; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> box && box.isShowing()) {
                return false;
            }
            inForm |= n == form;
        }
        return inForm;
    }
}
