package vn.dxoutreach.exchange.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import vn.dxoutreach.exchange.read.RawRow;
import vn.dxoutreach.exchange.read.RawSheet;
import vn.dxoutreach.exchange.template.Column;
import vn.dxoutreach.exchange.template.SheetSpec;

/**
 * The rows of one template sheet, possibly from several files (each commune sends its own),
 * each file's columns found by header (case, diacritics and spaces ignored). A missing required
 * column is a problem; columns the template does not know are ignored. The rows are handed over
 * once, and each is let go of as soon as the next is asked for: a file's 100,000 rows as read never
 * sit in memory beside the records checked from them.
 */
final class SheetRows {

    /** One file's sheet as the user sees it named, and where its columns are. */
    record Part(String name, Map<String, Integer> positions) {

        /** The cell of a column in a row, "" when the file has no such column. */
        String cell(RawRow row, String columnId) {
            Integer position = positions.get(columnId);
            return position == null ? "" : row.cell(position);
        }
    }

    /** A file's sheet whose headers have every required column, with its rows as read. */
    record Matched(Part part, List<RawRow> rows) {
    }

    private final SheetSpec spec;
    private final String name;
    private final int size;
    private List<Matched> parts;

    SheetRows(SheetSpec spec, List<Matched> parts) {
        this.spec = spec;
        this.name = parts.get(0).part().name();
        this.size = parts.stream().mapToInt(p -> p.rows().size()).sum();
        this.parts = new ArrayList<>(parts);
    }

    /** Matches a file's headers; returns null (with the problems noted) when a required column is missing. */
    static Matched match(SheetSpec spec, RawSheet raw, Problems problems) {
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
        return complete ? new Matched(new Part(raw.name(), positions), new ArrayList<>(raw.rows())) : null;
    }

    SheetSpec spec() {
        return spec;
    }

    /** The sheet's name as the user sees it (the first file's). */
    String name() {
        return name;
    }

    /** How many rows the sheet had as read. */
    int size() {
        return size;
    }

    /**
     * Every row, ready to read, in file order; once only. A row handed over is no longer held here,
     * so that it is garbage once its reader is done with it.
     */
    Iterable<RowValues> rows(Problems problems) {
        if (parts == null) {
            throw new IllegalStateException("the rows of " + name + " were handed over already");
        }
        List<Matched> taken = parts;
        parts = null;
        return () -> new Iterator<>() {
            private int part;
            private int row;

            @Override
            public boolean hasNext() {
                while (part < taken.size() && row >= taken.get(part).rows().size()) {
                    taken.set(part++, null);
                    row = 0;
                }
                return part < taken.size();
            }

            @Override
            public RowValues next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Matched current = taken.get(part);
                RawRow raw = current.rows().set(row++, null);
                return new RowValues(spec, current.part(), raw, problems);
            }
        };
    }
}
