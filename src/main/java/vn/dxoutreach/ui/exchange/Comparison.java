package vn.dxoutreach.ui.exchange;

import java.util.List;
import vn.dxoutreach.exchange.pkg.FieldDifference;

/** Two versions of one record side by side, as the view shows them: a heading each, then field by field. */
record Comparison(String leftHeading, String rightHeading, List<Line> lines) {

    /** One field: its label, its value in each version, and whether they differ (highlighted). */
    record Line(String label, String left, String right, boolean differs) {
    }

    static Comparison of(RecordText text, String leftHeading, String rightHeading, List<FieldDifference> fields) {
        return new Comparison(leftHeading, rightHeading, fields.stream()
                .map(f -> new Line(text.label(f), text.value(f.field(), f.mine()), text.value(f.field(), f.theirs()),
                        f.differs()))
                .toList());
    }

    /** The fields that differ, for a short summary. */
    long differences() {
        return lines.stream().filter(Line::differs).count();
    }
}
