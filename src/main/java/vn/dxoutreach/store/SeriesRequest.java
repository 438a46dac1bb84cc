package vn.dxoutreach.store;

import java.time.LocalDate;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Measure;

/**
 * Which daily amounts to read: the activity kind, the measure, the record filters that SQL applies
 * (new production only; the kind's filtered field: topic, banner kind's name, support topic,
 * channel or type) and the date range. The unit-level filter is applied by the caller, which knows
 * the unit tree.
 *
 * @param detail the filtered field's wanted value; null for every record
 */
public record SeriesRequest(
        ActivityKind kind,
        Measure measure,
        boolean newProductionOnly,
        String detail,
        LocalDate from,
        LocalDate to) {

    /** The same request over another date range. */
    public SeriesRequest over(LocalDate newFrom, LocalDate newTo) {
        return new SeriesRequest(kind, measure, newProductionOnly, detail, newFrom, newTo);
    }
}
