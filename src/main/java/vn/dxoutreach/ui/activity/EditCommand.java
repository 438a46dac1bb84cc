package vn.dxoutreach.ui.activity;

/**
 * One user edit of the records (save a new one, update, delete), kept so that it can be undone and
 * redone. Both methods write to the store and may be slow: call them off the FX thread.
 */
public interface EditCommand {

    void execute();

    void undo();

    /** What the edit did, in the user's words ("thêm phát thanh 12/10/2026 – Xã Bình Minh"); blank when unnamed. */
    default String description() {
        return "";
    }

    /** The command under a name the undo and redo buttons show. */
    static EditCommand named(String description, EditCommand command) {
        return new EditCommand() {
            @Override
            public void execute() {
                command.execute();
            }

            @Override
            public void undo() {
                command.undo();
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
