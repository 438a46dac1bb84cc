package vn.dxoutreach.ui.exchange;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dxoutreach.exchange.pkg.ConflictChoices;
import vn.dxoutreach.exchange.pkg.ConflictPolicy;
import vn.dxoutreach.exchange.pkg.ConflictSide;
import vn.dxoutreach.exchange.pkg.FieldComparison;
import vn.dxoutreach.exchange.pkg.MergeAction;
import vn.dxoutreach.exchange.pkg.MergePreview;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * The conflicts of the package being received: each record changed here and at the sender since the
 * last exchange, the two versions side by side, and which one to keep (the newer until chosen).
 */
final class ConflictsViewModel {

    private final Store store;
    private final Messages messages;
    private final ObservableList<ConflictRow> rows = FXCollections.observableArrayList();
    private String senderName = "";

    ConflictsViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Lists the conflicts of a previewed package, each with the newer version chosen. */
    void show(MergePreview preview) {
        RecordText text = new RecordText(messages, store);
        senderName = preview.senderCode() + " – " + preview.senderName();
        rows.setAll(preview.conflicts().stream().map(c -> new ConflictRow(c,
                messages.get(MergePreview.kindLabelKey(c.kindName())), text.title(c.local()))).toList());
    }

    void clear() {
        rows.clear();
    }

    ObservableList<ConflictRow> rows() {
        return rows;
    }

    /** "Tất cả bản mới hơn / của đơn vị mình / gửi đến". */
    void chooseAll(ConflictPolicy policy) {
        rows.forEach(row -> row.sideProperty().set(policy.sideFor(row.conflict())));
    }

    /** What the merge keeps of each conflict. */
    ConflictChoices choices() {
        ConflictChoices choices = ConflictChoices.by(ConflictPolicy.NEWER);
        rows.forEach(row -> choices.choose(row.conflict().recordId(), row.sideProperty().get()));
        return choices;
    }

    /** Our version on the left, the sender's on the right, each with its last-changed time and origin. */
    Comparison compare(ConflictRow row) {
        RecordText text = new RecordText(messages, store);
        MergeAction c = row.conflict();
        return Comparison.of(text,
                messages.get("exchange.conflict.mine", text.time(c.localChangedAt())),
                messages.get("exchange.conflict.theirs", senderName,
                        text.time(c.incomingChangedAt())),
                FieldComparison.compare(c.local(), c.incoming()));
    }

    /** The label of a side, e.g. "Giữ bản của đơn vị mình". */
    String sideLabel(ConflictSide side) {
        return messages.get(side == ConflictSide.MINE ? "exchange.conflict.keepMine" : "exchange.conflict.takeTheirs");
    }

    /** Which version is newer, e.g. "Bản gửi đến". */
    String newerLabel(ConflictRow row) {
        return messages.get(row.newer() == ConflictSide.MINE ? "exchange.conflict.newer.mine"
                : "exchange.conflict.newer.theirs");
    }

    /** How many conflicts keep our version and how many take the sender's, for the confirmation. */
    String summary() {
        long mine = rows.stream().filter(r -> r.sideProperty().get() == ConflictSide.MINE).count();
        return messages.get("exchange.conflict.summary", rows.size(), mine, rows.size() - mine);
    }
}
