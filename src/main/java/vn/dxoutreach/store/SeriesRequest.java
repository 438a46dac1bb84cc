package vn.dxoutreach.store;

import java.time.LocalDate;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Measure;

/**
 * Which daily amounts to read: the activity kind, the measure, the record filters that SQL applies
 * (production, topic, banner kind, support topic) and the date range. The unit-level filter is
 * applied by the caller, which knows the unit tree.
 */
public record SeriesRequest(
        ActivityKind kind,
        Measure measure,
        boolean newProductionOnly,
        String topic,
        BannerKind bannerKind,
        String sessionTopic,
        LocalDate from,
        LocalDate to) {

    /** The same request over another date range. */
    public SeriesRequest over(LocalDate newFrom, LocalDate newTo) {
        return new SeriesRequest(kind, measure, newProductionOnly, topic, bannerKind, sessionTopic, newFrom, newTo);
    }
}
