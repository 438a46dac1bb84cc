package vn.dxoutreach.ui.exchange;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.dxoutreach.exchange.pkg.ConflictPolicy;
import vn.dxoutreach.exchange.pkg.ConflictSide;
import vn.dxoutreach.exchange.pkg.MergeAction;

/** One conflict of the package being received, with the side the user keeps (the newer at first). */
final class ConflictRow {

    private final MergeAction conflict;
    private final String kind;
    private final String title;
    private final ObjectProperty<ConflictSide> side = new SimpleObjectProperty<>();

    ConflictRow(MergeAction conflict, String kind, String title) {
        this.conflict = conflict;
        this.kind = kind;
        this.title = title;
        side.set(ConflictPolicy.NEWER.sideFor(conflict));
    }

    MergeAction conflict() {
        return conflict;
    }

    /** The kind of record, e.g. "Phát thanh". */
    String kind() {
        return kind;
    }

    /** A line naming the record. */
    String title() {
        return title;
    }

    /** The side that is newer, the default choice. */
    ConflictSide newer() {
        return ConflictPolicy.NEWER.sideFor(conflict);
    }

    ObjectProperty<ConflictSide> sideProperty() {
        return side;
    }
}
