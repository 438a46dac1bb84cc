package vn.dxoutreach.ui.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.reporting.Completeness;
import vn.dxoutreach.exchange.reporting.DeadlineCompleteness;
import vn.dxoutreach.report.Letterhead;
import vn.dxoutreach.report.UnitListPdf;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * Tình hình báo cáo: which child units sent their data for each of the last twelve months, whether
 * their data for each of the plan's reports arrived by its due day, and whom to call before the
 * next deadline.
 */
final class ReportingViewModel {

    static final String DUE_DAY = "reporting.dueDay";
    static final int DEFAULT_DUE_DAY = 5;
    static final int MONTHS = 12;

    /** Whom to call, for which report or month: the printed list's title line and its lines. */
    record CallList(String period, List<Unit> units, String note) {
    }

    private final Store store;
    private final Messages messages;
    private final StatusGrids grids;

    /** Whether a change of the store alters the reporting tables: packages, units, deadlines, plans. */
    boolean shows(vn.dxoutreach.store.StoreChange change) {
        return change.touches(vn.dxoutreach.store.DataKind.EXCHANGE, vn.dxoutreach.store.DataKind.UNIT,
                vn.dxoutreach.store.DataKind.REPORT_DEADLINE, vn.dxoutreach.store.DataKind.PLAN);
    }

    ReportingViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
        this.grids = new StatusGrids(messages);
    }

    int dueDay() {
        return store.settings.get(DUE_DAY).map(Integer::parseInt).orElse(DEFAULT_DUE_DAY);
    }

    void setDueDay(int day) {
        store.settings.put(DUE_DAY, String.valueOf(Math.max(1, Math.min(28, day))));
    }

    LocalDate today() {
        return LocalDate.now(store.clock());
    }

    List<Plan> plans() {
        return store.plans.listNewestFirst();
    }

    /** The plan running today, else the newest. */
    Optional<Plan> defaultPlan() {
        return store.plans.current(today());
    }

    Optional<Completeness.Table> table() {
        Optional<Unit> office = new Office(store).unit();
        if (office.isEmpty()) {
            return Optional.empty();
        }
        // Decree 09 months: the one running today ends on its 14th
        YearMonth last = Completeness.monthOf(today());
        return Optional.of(Completeness.of(office.get(), store.units.tree(), store.exchange.received(),
                last.minusMonths(MONTHS - 1L), last, dueDay(), today(), ZoneId.systemDefault()));
    }

    /** For each of the plan's report deadlines, whose data arrived by its due day. */
    Optional<DeadlineCompleteness.Table> deadlineTable(Plan plan) {
        Optional<Unit> office = new Office(store).unit();
        if (office.isEmpty() || plan == null) {
            return Optional.empty();
        }
        return Optional.of(DeadlineCompleteness.of(office.get(), store.units.tree(), store.exchange.received(),
                store.deadlines.forPlan(plan), today(), ZoneId.systemDefault()));
    }

    StatusGrids grids() {
        return grids;
    }

    /** The month (Decree 09) whose data is being collected now: the last one cut off until its due day has passed. */
    YearMonth currentPeriod() {
        return Completeness.collecting(today(), dueDay());
    }

    /** The plan's soonest report not sent and not yet past its due day. */
    Optional<ReportDeadline> nextDeadline(DeadlineCompleteness.Table table) {
        return table.deadlines().stream().filter(d -> !d.isSubmitted() && !d.due().isBefore(today())).findFirst();
    }

    /**
     * The units to call: those whose data for the plan's next report has not come, when the plan has
     * a report ahead; otherwise those whose data for the current month has not.
     */
    CallList callList(Completeness.Table months, DeadlineCompleteness.Table deadlines) {
        Optional<ReportDeadline> next = deadlines == null ? Optional.empty() : nextDeadline(deadlines);
        if (next.isPresent()) {
            ReportDeadline d = next.get();
            String period = messages.get("reporting.call.report", d.title(messages), Formats.date(d.periodFrom()),
                    Formats.date(d.periodTo()), Formats.date(d.due()));
            return new CallList(period, deadlines.notReported(d), messages.get("reporting.call.reportNote",
                    d.title(messages)));
        }
        YearMonth month = currentPeriod();
        String year = String.valueOf(month.getYear());
        return new CallList(messages.get("reporting.list.subtitle", month.getMonthValue(), year,
                Formats.date(Completeness.firstDay(month)), Formats.date(Completeness.cutOff(month)),
                Formats.date(Completeness.due(month, dueDay()))),
                months.notReported(month), messages.get("reporting.list.note", month.getMonthValue(), year));
    }

    void printCallList(Path out, CallList list) throws java.io.IOException {
        Unit office = new Office(store).unit().orElseThrow();
        List<UnitListPdf.Line> lines = list.units().stream()
                .map(u -> new UnitListPdf.Line(u.code(), u.name(), list.note())).toList();
        new UnitListPdf(messages).write(out, Letterhead.of(store.settings.officeProfile(), office, today()),
                messages.get("reporting.list.title"), list.period(), lines);
    }
}
