package vn.dxoutreach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.RecurringReports;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;

/**
 * The report deadlines of the plans. A plan gets the seeds' deadlines for every year of its period
 * the first time its deadlines are read (see docs/decisions/0006-report-deadlines.md); a default the
 * office deleted stays deleted.
 */
public final class ReportDeadlineRepository extends RecordRepository<ReportDeadline> {

    public ReportDeadlineRepository(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    protected String table() {
        return "report_deadline";
    }

    @Override
    protected List<String> columns() {
        return List.of("plan_id", "type", "name", "period_from", "period_to", "due_on", "submitted_on");
    }

    @Override
    protected List<Object> values(ReportDeadline d) {
        return Arrays.asList(d.planId(), d.type(), d.name(), d.periodFrom(), d.periodTo(), d.due(), d.submittedOn());
    }

    @Override
    protected RecordMeta meta(ReportDeadline record) {
        return record.meta();
    }

    @Override
    protected ReportDeadline withMeta(ReportDeadline d, RecordMeta meta) {
        return new ReportDeadline(meta, d.planId(), d.type(), d.name(), d.periodFrom(), d.periodTo(), d.due(),
                d.submittedOn());
    }

    @Override
    protected ReportDeadline map(ResultSet rs) throws SQLException {
        return new ReportDeadline(Columns.meta(rs), Columns.uuid(rs, "plan_id"),
                ReportType.valueOf(rs.getString("type")), rs.getString("name"), Columns.date(rs, "period_from"),
                Columns.date(rs, "period_to"), Columns.date(rs, "due_on"), Columns.date(rs, "submitted_on"));
    }

    private static final List<ReportType> RECURRING = List.of(ReportType.MONTHLY, ReportType.QUARTERLY);

    /** The plan's deadlines, deleted ones included. */
    private List<ReportDeadline> allOfPlan(UUID planId) {
        return query("SELECT * FROM report_deadline WHERE plan_id = ?", planId);
    }

    /** The plan's monthly or quarterly reports as its stored deadlines show them, if they are on. */
    public java.util.Optional<RecurringReports> recurring(Plan plan, ReportType type) {
        return RecurringReports.of(type, ofPlan(plan.id()));
    }

    /**
     * Switches the plan's monthly or quarterly reports on with the day they are due ({@code dueDay}), or
     * off ({@code null}), in one transaction: every month or quarter of the plan due from today on gets
     * its deadline (one the office deleted comes back) — an office does not owe the reports of months
     * before it was asked for them —, those already made and not yet sent take the new due day, and
     * switching off deletes those not yet sent. Sent ones never change. Returns how many rows changed.
     */
    public int setRecurring(Plan plan, ReportType type, Integer dueDay) {
        if (!type.isRecurring()) {
            throw new IllegalArgumentException(type + " does not recur");
        }
        java.time.Instant now = clock.instant();
        java.util.Map<UUID, ReportDeadline> stored = new java.util.HashMap<>();
        allOfPlan(plan.id()).forEach(d -> stored.put(d.id(), d));
        List<ReportDeadline> changed = new java.util.ArrayList<>();
        if (dueDay == null) {
            for (ReportDeadline d : stored.values()) {
                if (d.type() == type && !d.meta().deleted() && !d.isSubmitted() && d.isGeneratedRecurring()) {
                    changed.add(withMeta(d, d.meta().tombstoned(now)));
                }
            }
        } else {
            RecurringReports rule = new RecurringReports(type, dueDay);
            LocalDate today = LocalDate.now(clock);
            for (ReportDeadline wanted : rule.deadlines(plan, now)) {
                ReportDeadline old = stored.get(wanted.id());
                boolean owed = !wanted.due().isBefore(today);
                if (old == null || (old.meta().deleted() && !old.isSubmitted())) {
                    if (owed) {
                        changed.add(old == null ? wanted : revived(old, wanted, now));
                    }
                } else if (!old.isSubmitted() && !old.meta().deleted() && (!old.due().equals(wanted.due())
                        || !old.periodFrom().equals(wanted.periodFrom()) || !old.periodTo().equals(wanted.periodTo()))) {
                    changed.add(revived(old, wanted, now));
                }
            }
        }
        if (!changed.isEmpty()) {
            putAll(changed);
        }
        return changed.size();
    }

    /** A stored deadline, live, with the period and due day wanted now. */
    private static ReportDeadline revived(ReportDeadline old, ReportDeadline wanted, java.time.Instant now) {
        RecordMeta meta = new RecordMeta(old.id(), old.meta().unitId(), old.meta().createdAt(), now, false);
        return new ReportDeadline(meta, old.planId(), old.type(), old.name(), wanted.periodFrom(), wanted.periodTo(),
                wanted.due(), null);
    }

    /** The live deadlines of the plan as stored, soonest due first. */
    public List<ReportDeadline> ofPlan(UUID planId) {
        return query("SELECT * FROM report_deadline WHERE deleted = 0 AND plan_id = ? ORDER BY due_on, period_from",
                planId);
    }

    /**
     * The plan's live deadlines, soonest due first, after adding the seeds' defaults that were never
     * stored (a plan made before deadlines were kept, or whose period grew by a year).
     */
    public List<ReportDeadline> forPlan(Plan plan) {
        ensureDefaults(plan);
        return ofPlan(plan.id());
    }

    /**
     * Marks the plan's deadline of this type and period as sent on the day given: the office says so,
     * saving a draft does not. Returns it, or nothing when the plan has no deadline of that type and
     * period not yet sent.
     */
    public java.util.Optional<ReportDeadline> markSent(Plan plan, ReportType type, java.time.LocalDate from,
            java.time.LocalDate to, java.time.LocalDate sentOn) {
        java.util.Optional<ReportDeadline> match = forPlan(plan).stream()
                .filter(d -> !d.isSubmitted() && d.type() == type && d.periodFrom().equals(from)
                        && d.periodTo().equals(to))
                .findFirst();
        return match.map(d -> save(new ReportDeadline(d.meta(), d.planId(), d.type(), d.name(), d.periodFrom(),
                d.periodTo(), d.due(), sentOn)));
    }

    /**
     * Stores the seeds' deadlines of the plan that have no row yet, live or deleted, and, while the
     * plan's monthly or quarterly reports are on, those of its months or quarters never stored (the
     * plan's period grew); returns how many.
     */
    public int ensureDefaults(Plan plan) {
        if (plan.meta().deleted()) {
            return 0;
        }
        List<ReportDeadline> defaults = new java.util.ArrayList<>(ReportDeadline.defaults(plan));
        List<ReportDeadline> stored = allOfPlan(plan.id());
        for (ReportType type : RECURRING) {
            // the months or quarters after the last one made: the plan's period grew
            java.util.Optional<LocalDate> lastMade = stored.stream().filter(ReportDeadline::isGeneratedRecurring)
                    .filter(d -> d.type() == type).map(ReportDeadline::periodTo).max(LocalDate::compareTo);
            RecurringReports.of(type, stored).ifPresent(rule -> rule.deadlines(plan, java.time.Instant.EPOCH)
                    .stream().filter(d -> d.periodFrom().isAfter(lastMade.orElseThrow())).forEach(defaults::add));
        }
        Set<UUID> storedIds = new HashSet<>(stored.stream().map(ReportDeadline::id).toList());
        List<ReportDeadline> missing = defaults.stream().filter(d -> !storedIds.contains(d.id())).toList();
        if (!missing.isEmpty()) {
            putAll(missing);
        }
        return missing.size();
    }
}
