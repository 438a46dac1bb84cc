package vn.dxoutreach.exchange.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dxoutreach.exchange.read.RawRow;
import vn.dxoutreach.exchange.read.RawSheet;
import vn.dxoutreach.exchange.template.Column;
import vn.dxoutreach.exchange.template.SheetSpec;

/**
 * The rows of one template sheet, possibly from several files (each commune sends its own),
 * each file's columns found by header (case, diacritics and spaces ignored). A missing required
 * column is a problem; columns the template does not know are ignored.
 */
final class SheetRows {

    /** One file's sheet and where its columns are. */
    record Part(RawSheet raw, Map<String, Integer> positions) {

        /** The cell of a column in a row, "" when the file has no such column. */
        String cell(RawRow row, String columnId) {
            Integer position = positions.get(columnId);
            return position == null ? "" : row.cell(position);
        }
    }

    private final SheetSpec spec;
    private final List<Part> parts;

    SheetRows(SheetSpec spec, List<Part> parts) {
        this.spec = spec;
        this.parts = List.copyOf(parts);
    }

    /** Matches a file's headers; returns null (with the problems noted) when a required column is missing. */
    static Part match(SheetSpec spec, RawSheet raw, Problems problems) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> headers = raw.headers();
        boolean complete = true;
        for (Column column : spec.columns()) {
            int found = -1;
            for (int i = 0; i < headers.size() && found < 0; i++) {
                if (column.matches(headers.get(i))) {
                    found = i;
                }
            }
            if (found >= 0) {
                positions.put(column.id(), found);
            } else if (column.required()) {
                problems.add(raw.name(), 1, column.header(), "", "data.problem.missingColumn", raw.source());
                complete = false;
            }
        }
        return complete ? new Part(raw, positions) : null;
    }

    SheetSpec spec() {
        return spec;
    }

    /** The sheet's name as the user sees it (the first file's). */
    String name() {
        return parts.get(0).raw().name();
    }

    int size() {
        return parts.stream().mapToInt(p -> p.raw().rows().size()).sum();
    }

    /** Every row, ready to read, in file order. */
    List<RowValues> rows(Problems problems) {
        List<RowValues> rows = new ArrayList<>(size());
        for (Part part : parts) {
            for (RawRow row : part.raw().rows()) {
                rows.add(new RowValues(spec, part, row, problems));
            }
        }
        return rows;
    }
}
