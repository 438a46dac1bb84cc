package vn.dxoutreach.ui.exchange;

import java.util.List;
import vn.dxoutreach.exchange.pkg.ConflictLog;
import vn.dxoutreach.exchange.pkg.MergePreview;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/** "Xung đột đã ghi": the conflicts decided so far, both versions side by side, and restoring the one not kept. */
final class ConflictLogViewModel {

    private final Store store;
    private final Messages messages;
    private final ConflictLog log;

    ConflictLogViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
        this.log = new ConflictLog(store);
    }

    /** Every logged conflict, the latest first. */
    List<ConflictLog.Entry> entries() {
        return log.entries();
    }

    String decidedAt(ConflictLog.Entry entry) {
        return new RecordText(messages, store).time(entry.decidedAt());
    }

    String kind(ConflictLog.Entry entry) {
        return messages.get(MergePreview.kindLabelKey(entry.kindName()));
    }

    String title(ConflictLog.Entry entry) {
        return new RecordText(messages, store).title(entry.kept());
    }

    String peer(ConflictLog.Entry entry) {
        return new RecordText(messages, store).unitName(entry.peerUnit());
    }

    /** The version kept on the left, the other on the right, each with its last-changed time. */
    Comparison compare(ConflictLog.Entry entry) {
        RecordText text = new RecordText(messages, store);
        return Comparison.of(text, messages.get("exchange.log.kept", text.time(entry.keptChangedAt())),
                messages.get("exchange.log.discarded", text.time(entry.discardedChangedAt())), entry.fields());
    }

    /** The question asked before restoring. */
    String restoreQuestion(ConflictLog.Entry entry) {
        return messages.get("exchange.log.restore.confirm", title(entry));
    }

    /** Writes the version not kept as a new edit; returns what to tell the user. */
    String restore(ConflictLog.Entry entry) {
        log.restore(entry);
        return messages.get("exchange.log.restore.done", new RecordText(messages, store).title(entry.discarded()));
    }
}
