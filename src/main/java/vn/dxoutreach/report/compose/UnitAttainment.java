package vn.dxoutreach.report.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/** Each target's attainment per unit, and the units behind on each target, for the body of a report. */
final class UnitAttainment {

    private final Messages messages;

    UnitAttainment(Messages messages) {
        this.messages = messages;
    }

    /**
     * One row per scoped unit (two communes of the same name are two rows), one column per target: the
     * unit's met closed buckets ÷ its closed buckets.
     */
    ReportBlock.Table table(List<TargetProgress> targets) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, String[]> rows = new LinkedHashMap<>();
        for (int col = 0; col < targets.size(); col++) {
            for (UnitProgress u : targets.get(col).units()) {
                names.putIfAbsent(u.unit().id(), u.unit().name());
                String[] row = rows.computeIfAbsent(u.unit().id(), id -> blankRow(targets.size()));
                row[col] = u.closedBuckets() == 0 ? "—" : Formats.percent(u.metBuckets() / (double) u.closedBuckets());
            }
        }
        List<String> headers = new ArrayList<>(List.of(messages.get("document.col.unit")));
        List<Float> widths = new ArrayList<>(List.of(3f));
        targets.forEach(t -> {
            headers.add(t.target().code());
            widths.add(1f);
        });
        List<List<String>> cells = new ArrayList<>();
        rows.forEach((id, values) -> {
            List<String> row = new ArrayList<>(List.of(names.get(id)));
            row.addAll(List.of(values));
            cells.add(row);
        });
        return new ReportBlock.Table(headers, widths, cells);
    }

    /**
     * "CT01 (…): Xã A, Xã B." for every target with units behind; a single line when none is and some
     * target could be assessed (a period ended, or a PERIOD target's expected amount came due); nothing
     * when none could, since the data then say nothing either way.
     */
    List<ReportBlock> behind(List<TargetProgress> targets) {
        List<ReportBlock> lines = new ArrayList<>();
        for (TargetProgress t : targets) {
            List<String> names = t.units().stream().filter(UnitProgress::behind).map(u -> u.unit().name()).toList();
            if (!names.isEmpty()) {
                lines.add(new ReportBlock.Text(messages.get("compose.behind", t.target().code(), t.target().name(),
                        names.size(), String.join(", ", names))));
            }
        }
        boolean assessed = targets.stream().anyMatch(t -> t.closedPairs() > 0
                || t.expectedToDate().isPresent() && t.expectedToDate().getAsDouble() > 0);
        if (lines.isEmpty() && assessed) {
            lines.add(new ReportBlock.Text(messages.get("compose.noBehind")));
        }
        return lines;
    }

    private static String[] blankRow(int size) {
        String[] row = new String[size];
        java.util.Arrays.fill(row, "");
        return row;
    }
}
