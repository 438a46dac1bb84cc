package vn.dxoutreach.exchange.export;

import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.text.Messages;

/**
 * What an export had to do to fit Excel's limits, for the user to be told: the sheets continued on
 * further sheets (each holds at most 1,048,576 rows) and the texts cut to a cell's 32,767 characters.
 *
 * @param continuedSheets the extra sheets, e.g. PhatThanh2
 * @param cutCells        how many texts were cut
 * @param cutPlaces       where, the first few ("PhatThanh!H12")
 */
public record ExportResult(List<String> continuedSheets, long cutCells, List<String> cutPlaces) {

    static final int PLACES_SHOWN = 10;

    /** Whether the user must be told: a sheet went on in another, or a text was cut. */
    public boolean needsNotice() {
        return !continuedSheets.isEmpty() || cutCells > 0;
    }

    /** What the user is told, one sentence per kind of change; empty when there is nothing to tell. */
    public List<String> notices(Messages messages) {
        List<String> notices = new ArrayList<>();
        if (!continuedSheets.isEmpty()) {
            notices.add(messages.get("data.export.continued", String.join(", ", continuedSheets)));
        }
        if (cutCells > 0) {
            notices.add(messages.get("data.export.cut", cutCells, String.join(", ", cutPlaces)));
        }
        return notices;
    }
}
