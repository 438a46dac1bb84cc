package vn.dxoutreach.exchange.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dxoutreach.exchange.Progress;

/**
 * Gathers the rows of one sheet: the first non-empty row is the header, empty rows are skipped
 * (so a million blank rows cost nothing), and a sheet larger than Excel's limit is refused. Most
 * cells repeat — unit codes, dates, choices, numbers — and a short one read before is kept once: a
 * file of 100,000 rows then holds some 150,000 texts instead of 700,000.
 */
final class RowCollector {

    /** Excel's own row limit; no honest file has more. */
    static final int MAX_ROWS = 1_048_576;
    /** Cells up to this long are looked up among those read before. */
    static final int SHARED_LENGTH = 32;
    /** How many distinct cells are remembered for that; later ones are only looked up. */
    static final int SHARED_KEPT = 50_000;

    private final String name;
    private final String source;
    private final Progress progress;
    private List<String> headers;
    private final List<RawRow> rows = new ArrayList<>();
    private final Map<String, String> shared = new HashMap<>();

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
            kept.add(cell == null ? "" : shared(cell.strip()));
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

    /** The cell as read before, if it was; the cell itself otherwise. */
    private String shared(String cell) {
        if (cell.length() > SHARED_LENGTH) {
            return cell;
        }
        String known = shared.get(cell);
        if (known != null) {
            return known;
        }
        if (shared.size() < SHARED_KEPT) {
            shared.put(cell, cell);
        }
        return cell;
    }

    RawSheet sheet() {
        return new RawSheet(name, source, headers == null ? List.of() : headers, rows);
    }
}
