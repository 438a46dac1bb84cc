package vn.dxoutreach.ui.activity;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The edits of one screen, newest last, so that undo takes back the latest and redo does it again.
 * A new edit forgets what was undone. Plain Java: the caller decides on which thread the store work
 * runs; the published state (can undo, what) is updated by {@link #refreshState()} on the FX thread.
 */
public final class UndoHistory {

    private static final int MAX_EDITS = 100;

    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper nextUndo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextRedo = new ReadOnlyStringWrapper("");

    /** Runs the edit and remembers it. */
    public synchronized void execute(EditCommand command) {
        command.execute();
        done.addLast(command);
        undone.clear();
        if (done.size() > MAX_EDITS) {
            done.removeFirst();
        }
    }

    /** Takes back the latest edit; false when there is none. */
    public synchronized boolean undo() {
        EditCommand last = done.peekLast();
        if (last == null) {
            return false;
        }
        last.undo();
        undone.addLast(done.removeLast());
        return true;
    }

    /** Does the latest undone edit again; false when there is none. */
    public synchronized boolean redo() {
        EditCommand last = undone.peekLast();
        if (last == null) {
            return false;
        }
        last.execute();
        done.addLast(undone.removeLast());
        return true;
    }

    public synchronized boolean isEmpty() {
        return done.isEmpty();
    }

    /** Whether there is an edit to take back; update with {@link #refreshState()} on the FX thread. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What undo would take back, blank when nothing (or an unnamed edit). */
    public ReadOnlyStringProperty nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    /** What redo would do again, blank when nothing. */
    public ReadOnlyStringProperty nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }

    /** Publishes the state to the properties; call on the FX thread. */
    public void refreshState() {
        EditCommand undo;
        EditCommand redo;
        synchronized (this) {
            undo = done.peekLast();
            redo = undone.peekLast();
        }
        canUndo.set(undo != null);
        canRedo.set(redo != null);
        nextUndo.set(undo == null ? "" : undo.description());
        nextRedo.set(redo == null ? "" : redo.description());
    }
}
