package vn.dxoutreach.exchange.read;

import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.exchange.Progress;

/**
 * Gathers the rows of one sheet: the first non-empty row is the header, empty rows are skipped
 * (so a million blank rows cost nothing), and a sheet larger than Excel's limit is refused.
 */
final class RowCollector {

    /** Excel's own row limit; no honest file has more. */
    static final int MAX_ROWS = 1_048_576;

    private final String name;
    private final String source;
    private final Progress progress;
    private List<String> headers;
    private final List<RawRow> rows = new ArrayList<>();

    RowCollector(String name, String source, Progress progress) {
        this.name = name;
        this.source = source;
        this.progress = progress;
    }

    /** Adds a row (cells as text); returns false when the sheet is too large to go on. */
    boolean add(int number, List<String> cells) {
        int last = cells.size() - 1;
        while (last >= 0 && (cells.get(last) == null || cells.get(last).isBlank())) {
            last--;
        }
        if (last < 0) {
            return true;
        }
        List<String> kept = new ArrayList<>(last + 1);
        for (int i = 0; i <= last; i++) {
            String cell = cells.get(i);
            kept.add(cell == null ? "" : cell.strip());
        }
        if (headers == null) {
            headers = kept;
            return true;
        }
        if (rows.size() >= MAX_ROWS) {
            return false;
        }
        rows.add(new RawRow(number, kept));
        if (rows.size() % 5000 == 0) {
            progress.checkCancelled();
            progress.update(rows.size(), -1);
        }
        return true;
    }

    RawSheet sheet() {
        return new RawSheet(name, source, headers == null ? List.of() : headers, rows);
    }
}
