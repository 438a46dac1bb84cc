package vn.dxoutreach.report;

import java.util.OptionalDouble;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.text.Formats;

/** Progress numbers as people read them: "87,5%", and "—" where a number is not defined yet. */
public final class ProgressText {

    public static final String UNDEFINED = "—";

    private ProgressText() {
    }

    public static String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? Formats.percent(fraction.getAsDouble()) : UNDEFINED;
    }

    public static String attainment(TargetProgress progress) {
        return percent(progress.attainment());
    }

    public static String current(TargetProgress progress) {
        return percent(progress.currentProgress());
    }
}
