package vn.dxoutreach.ui.activity;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The edits of one screen, newest last, so that Ctrl+Z takes back the latest. Plain Java: the
 * caller decides on which thread the store work runs.
 */
public final class UndoHistory {

    private static final int MAX_EDITS = 100;

    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);

    /** Runs the edit and remembers it. */
    public synchronized void execute(EditCommand command) {
        command.execute();
        done.addLast(command);
        if (done.size() > MAX_EDITS) {
            done.removeFirst();
        }
    }

    /** Takes back the latest edit; false when there is none. */
    public synchronized boolean undo() {
        EditCommand last = done.pollLast();
        if (last == null) {
            return false;
        }
        last.undo();
        return true;
    }

    public synchronized boolean isEmpty() {
        return done.isEmpty();
    }

    /** Whether there is an edit to take back; update with {@link #refreshState()} on the FX thread. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Publishes {@link #isEmpty()} to {@link #canUndoProperty()}; call on the FX thread. */
    public void refreshState() {
        canUndo.set(!done.isEmpty());
    }
}
