package vn.dxoutreach.progress;

import java.time.LocalDate;

/** The measure summed over the scoped units from the window's start to a day, and what was expected by then. */
public record CumulativePoint(LocalDate day, long actual, double expected) {
}
