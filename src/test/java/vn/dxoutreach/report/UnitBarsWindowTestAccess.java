package vn.dxoutreach.report;

import vn.dxoutreach.progress.TargetProgress;

/** The report tests' fixtures for the screens' tests of the same charts. */
public final class UnitBarsWindowTestAccess {

    private UnitBarsWindowTestAccess() {
    }

    /** A target of {@code count} units, the i-th having done i in the open month. */
    public static TargetProgress withUnits(int count) {
        return UnitBarsWindowTest.withUnits(count);
    }
}
