package vn.dxoutreach.report;

import java.util.OptionalDouble;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.progress.UnitShare;
import vn.dxoutreach.domain.UnitType;
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
     * A share-of-units target's open (or last) period as people say it: "3/4 trường đạt (75 %)"; empty for
     * any other target, and for one with no such period.
     */
    public static java.util.Optional<String> unitShare(Messages messages, TargetProgress progress) {
        UnitShare share = progress.unitShare();
        if (share == null || share.currentMetUnits().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(messages.get("document.unitShare", share.currentMetUnits().getAsInt(),
                share.scopedUnits(), unitsNoun(messages, progress.target().scopeUnitType()),
                percent(share.currentShare())));
    }

    /** The units met, as the dashboard and the report's targets table show them: "2/4" or the share of units. */
    public static String compliant(Messages messages, TargetProgress progress) {
        return unitShare(messages, progress)
                .orElse(progress.fullyCompliantUnits() + "/" + progress.scopedUnits());
    }

    /** What the units of a type are called in a sentence: "trường", "cơ quan", "đơn vị". */
    private static String unitsNoun(Messages messages, UnitType type) {
        if (type == null) {
            return messages.get("document.units.ADMINISTRATIVE");
        }
        return switch (type) {
            case ADMINISTRATIVE -> messages.get("document.units.ADMINISTRATIVE");
            case AGENCY -> messages.get("document.units.AGENCY");
            case SCHOOL -> messages.get("document.units.SCHOOL");
            case ENTERPRISE -> messages.get("document.units.ENTERPRISE");
            case OTHER -> messages.get("document.units.OTHER");
        };
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
