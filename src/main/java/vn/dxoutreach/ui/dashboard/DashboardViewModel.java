package vn.dxoutreach.ui.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.progress.ActivityRef;
import vn.dxoutreach.progress.PlanProgress;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.report.Letterhead;
import vn.dxoutreach.report.ProgressText;
import vn.dxoutreach.report.ProgressDocument;
import vn.dxoutreach.report.page.PagePrinter;
import vn.dxoutreach.report.page.PageSet;
import vn.dxoutreach.report.page.PngOutput;
import vn.dxoutreach.store.DataKind;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * Tổng quan: which plan, as of which day, and its targets' progress from the one engine, which is
 * kept for the life of the screen so that changing the day re-evaluates from cached totals.
 */
final class DashboardViewModel {

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final ProgressEngine engine;
    /** The plan-to-date attainment of the targets whose window repeats every year, by target id. */
    private volatile java.util.Map<java.util.UUID, String> planToDate = java.util.Map.of();

    DashboardViewModel(Store store, Clock clock, Messages messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.engine = new ProgressEngine(store);
    }

    /** The plans to choose from and the one to show when none is chosen yet. */
    record Plans(List<Plan> all, Optional<Plan> current) {

        /** The plan of the list that is the chosen one (by id, it may have been edited), else the current one. */
        Optional<Plan> sameAs(Plan chosen) {
            Optional<Plan> kept = chosen == null ? Optional.empty()
                    : all.stream().filter(p -> p.id().equals(chosen.id())).findFirst();
            return kept.isPresent() ? kept : current;
        }
    }

    /** Whether a change of the store alters what Tổng quan shows: plans, targets, deadlines, units, records. */
    boolean shows(vn.dxoutreach.store.StoreChange change) {
        return change.touchesActivities() || change.touches(DataKind.PLAN, DataKind.TARGET, DataKind.REPORT_DEADLINE,
                DataKind.UNIT, DataKind.LEVEL_NAME, DataKind.EXCHANGE);
    }

    /** Plans, newest period first. */
    List<Plan> plans() {
        return store.plans.listNewestFirst();
    }

    /** The newest plan whose period contains today, else the newest plan. */
    Optional<Plan> defaultPlan() {
        return store.plans.current(today());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What is due next for the plan, from the same engine as the dashboard's numbers. */
    vn.dxoutreach.ui.deadlines.NextDueViewModel nextDue() {
        return new vn.dxoutreach.ui.deadlines.NextDueViewModel(store, engine, messages);
    }

    /**
     * The plan's targets as of the day; a target whose window repeats every year shows the year's
     * window that counts on the day, and its figure over all years so far is kept for {@link #attainment}.
     */
    PlanProgress evaluate(Plan plan, LocalDate asOf) {
        PlanProgress progress = engine.evaluate(plan, asOf);
        java.util.Map<java.util.UUID, String> toDate = new java.util.HashMap<>();
        for (vn.dxoutreach.domain.Target target : engine.targetsOf(plan, asOf)) {
            if (target.repeats()) {
                int closed = 0;
                int met = 0;
                for (TargetProgress year : engine.evaluateYears(target, plan, asOf)) {
                    closed += year.closedPairs();
                    met += year.metPairs();
                }
                toDate.put(target.id(), ProgressText.percent(closed == 0 ? java.util.OptionalDouble.empty()
                        : java.util.OptionalDouble.of(met / (double) closed)));
            }
        }
        planToDate = java.util.Map.copyOf(toDate);
        return progress;
    }

    /**
     * A target's attainment as the table shows it: for a window repeating every year, the year's window
     * and the plan-to-date figure beside it ("75,0% (01/10–10/10/2025); cả kế hoạch: 80,0%").
     */
    String attainment(TargetProgress target) {
        String toDate = planToDate.get(target.target().id());
        if (toDate == null) {
            return ProgressText.attainment(target);
        }
        return messages.get("dashboard.attainment.yearly", ProgressText.attainment(target),
                vn.dxoutreach.text.Formats.date(target.windowFrom()), vn.dxoutreach.text.Formats.date(
                        target.windowTo()), toDate);
    }

    List<ActivityRef> activities(TargetProgress target, Plan plan, Unit unit, LocalDate from, LocalDate to) {
        return engine.activities(target.target(), plan, unit, from, to);
    }

    String unitName(java.util.UUID id) {
        return store.units.find(id).map(Unit::name).orElse("");
    }

    /** The selected target as a document: the same pages for the PDF, the PNG and the printer. */
    PageSet targetDocument(Plan plan, TargetProgress target) {
        return document().target(plan, target, cumulative(target, plan));
    }

    /** The whole dashboard as a document: every target's summary, then each target's charts. */
    PageSet planDocument(PlanProgress progress) {
        return document().plan(progress, t -> cumulative(t, progress.plan()));
    }

    void writePdf(PageSet pages, Path out) throws IOException {
        document().writePdf(pages, out);
    }

    List<Path> writePng(PageSet pages, Path out) throws IOException {
        return PngOutput.write(pages, out);
    }

    PagePrinter.Outcome print(PageSet pages, String jobName) throws IOException {
        return PagePrinter.print(pages, jobName);
    }

    List<vn.dxoutreach.progress.CumulativePoint> cumulative(TargetProgress target, Plan plan) {
        return engine.cumulative(target.target(), plan, target.asOf());
    }

    private ProgressDocument document() {
        return new ProgressDocument(messages, letterhead()).withLineage(store.units.tree());
    }

    private Letterhead letterhead() {
        Unit office = new Office(store).unit().orElseThrow();
        return Letterhead.of(store.settings.officeProfile(), office, today());
    }
}
