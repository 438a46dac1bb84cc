package vn.dxoutreach.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edits of a screen are taken back newest first. */
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
}
