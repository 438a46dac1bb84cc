package vn.dxoutreach.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.dxoutreach.text.Messages;

/**
 * A report a plan calls for (hạn báo cáo): the period it covers and the day it is due. The meta's
 * unit is the plan's office.
 *
 * @param name        the office's own name for it; blank means the type's standard name
 * @param submittedOn the day the office sent the report, or null while it has not
 */
public record ReportDeadline(
        RecordMeta meta,
        UUID planId,
        ReportType type,
        String name,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate due,
        LocalDate submittedOn) implements StoredRecord {

    /** The report types every plan gets for each year of its period, unless the office changes them. */
    public static final List<ReportType> SEED_TYPES = List.of(ReportType.HALF_YEAR, ReportType.EVENT,
            ReportType.YEAR);

    public ReportDeadline {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(due, "due");
        name = name == null ? "" : name.strip();
    }

    @Override
    public ReportDeadline withMeta(RecordMeta newMeta) {
        return new ReportDeadline(newMeta, planId, type, name, periodFrom, periodTo, due, submittedOn);
    }

    public UUID id() {
        return meta.id();
    }

    /** Days from today to the due day (negative once passed). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    /** Past its due day and not sent. */
    public boolean isOverdue(LocalDate today) {
        return submittedOn == null && today.isAfter(due);
    }

    public boolean isSubmitted() {
        return submittedOn != null;
    }

    /** Whether the report's period shares a day with the given one. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !periodFrom.isAfter(to) && !periodTo.isBefore(from);
    }

    /** "Báo cáo 6 tháng đầu năm 2027", or the office's own name. */
    public String title(Messages messages) {
        return name.isEmpty() ? standardTitle(messages) : name;
    }

    /** The type's standard name, whatever the office named it: "Báo cáo năm 2027", "Báo cáo tháng 03/2027". */
    public String standardTitle(Messages messages) {
        // a year report counted from 15/12 of the year before is named after the year it ends in
        String year = String.valueOf(periodTo.getYear());
        return switch (type) {
            case EVENT -> messages.get("deadline.name.event", year);
            case HALF_YEAR -> messages.get("deadline.name.halfYear", year);
            case YEAR -> messages.get("deadline.name.year", year);
            case MONTHLY, QUARTERLY -> messages.get(type == ReportType.MONTHLY ? "deadline.name.monthly"
                    : "deadline.name.quarterly", periodLabel(type, periodTo));
            case CUSTOM -> messages.get("deadline.name.custom");
        };
    }

    /**
     * The month or quarter a period ending on the day is reported as: "03/2027" for a month,
     * "1/2027" for a quarter (Decree 09 names both after the month their figures end in).
     */
    public static String periodLabel(ReportType type, LocalDate periodTo) {
        ReportType.YearPeriod p = type.periodOf(periodTo);
        String number = type == ReportType.MONTHLY && p.number() < 10 ? "0" + p.number()
                : String.valueOf(p.number());
        return number + "/" + p.year();
    }

    /**
     * The seeds' deadlines for every year of the plan's period whose report period overlaps it. Their
     * ids are derived from the plan, the type and the year, so that two offices filling in the
     * defaults of the same plan make the same records, and a package merges them instead of
     * doubling them. They are dated at the epoch, so that any edit of them, on either side, is newer.
     */
    public static List<ReportDeadline> defaults(Plan plan) {
        java.time.Instant never = java.time.Instant.EPOCH;
        List<ReportDeadline> result = new ArrayList<>();
        for (int year = plan.periodFrom().getYear(); year <= plan.periodTo().getYear(); year++) {
            for (ReportType type : SEED_TYPES) {
                LocalDate from = type.periodFrom(year);
                LocalDate to = type.periodTo(year);
                if (from.isAfter(plan.periodTo()) || to.isBefore(plan.periodFrom())) {
                    continue;
                }
                RecordMeta meta = new RecordMeta(defaultId(plan.id(), type, year), plan.meta().unitId(), never,
                        never, false);
                result.add(new ReportDeadline(meta, plan.id(), type, "", from, to, type.due(year), null));
            }
        }
        return result;
    }

    /**
     * The id of a plan's deadline of a recurring type (monthly, quarterly) for one period: derived like
     * the defaults, so that two offices switching on the same plan's monthly reports make the same rows.
     */
    public static UUID recurringId(UUID planId, ReportType type, ReportType.YearPeriod period) {
        return UUID.nameUUIDFromBytes(("report-deadline/" + planId + "/" + type + "/" + period.year() + "/"
                + period.number()).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether this is one of the plan's generated monthly or quarterly deadlines (not one typed by hand). */
    public boolean isGeneratedRecurring() {
        return type.isRecurring() && id().equals(recurringId(planId, type, type.periodOf(periodTo)));
    }

    /** The id of a plan's default deadline of a type and year. */
    public static UUID defaultId(UUID planId, ReportType type, int year) {
        return UUID.nameUUIDFromBytes(("report-deadline/" + planId + "/" + type + "/" + year)
                .getBytes(StandardCharsets.UTF_8));
    }
}
