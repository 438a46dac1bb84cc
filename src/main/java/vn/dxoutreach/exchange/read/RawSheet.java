package vn.dxoutreach.exchange.read;

import java.util.List;

/**
 * A sheet (or CSV file) as read: its name, the file it came from, its header row and its rows.
 */
public record RawSheet(String name, String source, List<String> headers, List<RawRow> rows) {

    public RawSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
