package vn.dxoutreach.report;

import java.util.OptionalDouble;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

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

    /**
     * A unit's standing on a target, as one word: "behind" means below the expected amount for a
     * PERIOD target and a missed period for the others, so each gets its own word.
     */
    public static String assessment(Messages messages, TargetProgress target, UnitProgress unit) {
        if (unit.behind()) {
            return messages.get(target.expectedToDate().isPresent() ? "document.unit.behind" : "document.unit.missed");
        }
        // met every period that ended: only says something once one has
        boolean compliant = unit.fullyCompliant() && unit.closedBuckets() > 0;
        return messages.get(compliant ? "document.unit.compliant" : "document.unit.ok");
    }
}
