package vn.dxoutreach.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edits of a screen are taken back newest first and done again in turn. */
class UndoHistoryTest {

    private final List<String> log = new ArrayList<>();
    private final UndoHistory history = new UndoHistory();

    private EditCommand edit(String name) {
        return new EditCommand() {
            @Override
            public void execute() {
                log.add("do " + name);
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }
        };
    }

    @Test
    void editsAreUndoneNewestFirst() {
        history.execute(edit("save"));
        history.execute(edit("delete"));
        history.undo();
        history.undo();
        assertThat(log).containsExactly("do save", "do delete", "undo delete", "undo save");
    }

    @Test
    void undoWithNothingLeftDoesNothing() {
        history.execute(edit("save"));
        assertThat(history.undo()).isTrue();
        assertThat(history.undo()).isFalse();
        assertThat(log).containsExactly("do save", "undo save");
    }

    @Test
    void canUndoIsPublishedOnRefresh() {
        history.execute(edit("save"));
        assertThat(history.canUndoProperty().get()).isFalse();
        history.refreshState();
        assertThat(history.canUndoProperty().get()).isTrue();
        history.undo();
        history.refreshState();
        assertThat(history.canUndoProperty().get()).isFalse();
    }

    @Test
    void redoDoesTheUndoneEditAgain() {
        history.execute(edit("save"));
        history.undo();
        assertThat(history.redo()).isTrue();
        assertThat(log).containsExactly("do save", "undo save", "do save");
        assertThat(history.redo()).isFalse();
    }

    @Test
    void aNewEditForgetsWhatWasUndone() {
        history.execute(edit("save"));
        history.undo();
        history.execute(edit("other"));
        assertThat(history.redo()).isFalse();
    }

    @Test
    void theNextUndoAndRedoAreNamed() {
        history.execute(EditCommand.named("thêm phát thanh 12/10/2026 – Xã Bình Minh", edit("save")));
        history.execute(EditCommand.named("xóa phát thanh 13/10/2026 – Xã Bình Minh", edit("delete")));
        history.undo();
        history.refreshState();
        assertThat(history.nextUndoProperty().get()).isEqualTo("thêm phát thanh 12/10/2026 – Xã Bình Minh");
        assertThat(history.nextRedoProperty().get()).isEqualTo("xóa phát thanh 13/10/2026 – Xã Bình Minh");
        assertThat(history.canRedoProperty().get()).isTrue();
    }
}
