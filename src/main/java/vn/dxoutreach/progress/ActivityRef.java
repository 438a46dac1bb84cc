package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;

/** One record behind a progress number, for drill-down: what it is and how much it counted. */
public record ActivityRef(ActivityKind kind, UUID id, UUID unitId, LocalDate date, String title, long measureValue) {
}
