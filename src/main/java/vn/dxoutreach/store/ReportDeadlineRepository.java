package vn.dxoutreach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
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

    /** Stores the seeds' deadlines of the plan that have no row yet, live or deleted; returns how many. */
    public int ensureDefaults(Plan plan) {
        if (plan.meta().deleted()) {
            return 0;
        }
        List<ReportDeadline> defaults = ReportDeadline.defaults(plan);
        Set<UUID> stored = new HashSet<>(db.read(c -> {
            List<UUID> ids = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("SELECT id FROM report_deadline WHERE plan_id = ?")) {
                ps.setString(1, plan.id().toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(UUID.fromString(rs.getString(1)));
                    }
                }
            }
            return ids;
        }));
        List<ReportDeadline> missing = defaults.stream().filter(d -> !stored.contains(d.id())).toList();
        if (!missing.isEmpty()) {
            putAll(missing);
        }
        return missing.size();
    }
}
