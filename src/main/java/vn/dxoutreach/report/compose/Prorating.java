package vn.dxoutreach.report.compose;

import java.time.LocalDate;
import java.util.UUID;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.progress.TargetProgress;

/**
 * A target assessed over the report period instead of its own periods, since none of them lies
 * inside the report period (a monthly target in the 01–10/10 report): the value is pro-rated to the
 * period's days, and the target evaluated over the period with that amount, rounded up (actuals are
 * whole numbers, so "at least 0,65" and "at least 1" meet alike).
 *
 * @param targetId   the target's id
 * @param windowFrom the first day it was assessed over, to tell one year's window from another's
 * @param cadence    the target's own cadence
 * @param value      the target's own value per period
 * @param share      the period's days ÷ the days of the target's period it falls in
 */
public record Prorating(UUID targetId, LocalDate windowFrom, Cadence cadence, long value, double share) {

    /** The pro-rated value: value × share. */
    public double proratedValue() {
        return value * share;
    }

    /** Whether this is the pro-rating of the progress given. */
    public boolean of(TargetProgress progress) {
        return progress.target().id().equals(targetId) && progress.windowFrom().equals(windowFrom);
    }
}
