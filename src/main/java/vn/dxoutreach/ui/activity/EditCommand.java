package vn.dxoutreach.ui.activity;

/**
 * One user edit of the records (save a new one, update, delete), kept so that it can be undone.
 * Both methods write to the store and may be slow: call them off the FX thread.
 */
public interface EditCommand {

    void execute();

    void undo();
}
