package vn.dxoutreach.sample;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;

/** The sample plans (the district's 96/KH-UBND, the province's 45/KH-UBND) and their targets, modelled on the seeds. */
final class SamplePlan {

    /** The day of the month the sample province's monthly reports are due: the day after the cut-off. */
    static final int MONTHLY_DUE_DAY = 15;

    private static final int COMMUNE_LEVEL = 3;
    private static final int DISTRICT_LEVEL = 2;

    private final Store store;
    private final SampleNames names;
    private int codes;

    SamplePlan(Store store, SampleNames names) {
        this.store = store;
        this.names = names;
    }

    /** The district's plan 96/KH-UBND, with the district radio's own target. */
    Plan create(Unit office, LocalDate from, LocalDate to) {
        return plan(office, "plan.", from, to, true);
    }

    /** The province's plan of today: the same kinds of targets for every commune, no district radio. */
    Plan createProvincial(Unit office, LocalDate from, LocalDate to) {
        return plan(office, "province.plan.", from, to, false);
    }

    private Plan plan(Unit office, String prefix, LocalDate from, LocalDate to, boolean districtRadio) {
        Plan plan = store.plans.save(new Plan(meta(office), names.get(prefix + "symbol"),
                names.get(prefix + "title", String.valueOf(from.getYear()), String.valueOf(to.getYear())),
                names.get(prefix + "body"), from.minusDays(20), from, to));
        addTargets(office, plan, districtRadio);
        return plan;
    }

    private void addTargets(Unit office, Plan plan, boolean districtRadio) {
        // the 10/10 campaign comes back every year of the plan: the first year's window, repeating
        int eventYear = plan.periodFrom().getYear();
        LocalDate eventFrom = LocalDate.of(eventYear, Month.OCTOBER, 1);
        LocalDate eventTo = LocalDate.of(eventYear, Month.OCTOBER, 10);
        TargetFilter any = TargetFilter.NONE;
        codes = 0;
        target(office, plan, "target.weekly", ActivityKind.BROADCAST, any, Measure.COUNT, Cadence.WEEK, 1,
                null, null);
        if (districtRadio) {
            target(office, plan, "target.district", ActivityKind.BROADCAST,
                    new TargetFilter(false, DISTRICT_LEVEL, null, null, null), Measure.COUNT, Cadence.MONTH, 2, null,
                    null, Scope.WHOLE);
        }
        target(office, plan, "target.monthlyMinutes", ActivityKind.BROADCAST,
                new TargetFilter(true, null, null, null, null), Measure.MINUTES, Cadence.MONTH, 30, null, null);
        target(office, plan, "target.banners", ActivityKind.BANNER, any, Measure.QUANTITY, Cadence.PERIOD, 5,
                eventFrom, eventTo);
        target(office, plan, "target.sessions", ActivityKind.TEAM_SESSION, any, Measure.COUNT, Cadence.PERIOD,
                2, eventFrom, eventTo);
        target(office, plan, "target.people", ActivityKind.TEAM_SESSION, any, Measure.PEOPLE, Cadence.YEAR,
                100, null, null);
        target(office, plan, "target.vneid", ActivityKind.TEAM_SESSION,
                new TargetFilter(false, null, null, null, "VNeID"), Measure.COUNT, Cadence.QUARTER, 1, null, null);
        channelTargets(office, plan, eventFrom, eventTo);
    }

    /**
     * The targets on news items, events and materials, as the seeds set them: the portal "từ 1 tin,
     * bài/tuần", an event of every commune for 10/10, leaflets and messages by the hundred a year.
     */
    private void channelTargets(Unit office, Plan plan, LocalDate eventFrom, LocalDate eventTo) {
        target(office, plan, "target.portal", ActivityKind.NEWS,
                TargetFilter.ofChoice(null, ChoiceList.NEWS_CHANNEL.shipped().get(0)), Measure.COUNT, Cadence.WEEK, 1,
                null, null);
        target(office, plan, "target.events", ActivityKind.EVENT, TargetFilter.NONE, Measure.COUNT, Cadence.PERIOD, 1,
                eventFrom, eventTo);
        target(office, plan, "target.materials", ActivityKind.MATERIAL, TargetFilter.NONE, Measure.QUANTITY,
                Cadence.YEAR, 300, null, null);
    }

    /**
     * The plan's report deadlines, sent two days early up to the day the sample ends, except the last
     * one due before it: the sample office is late with one report.
     */
    void sendReports(Plan plan, LocalDate until) {
        List<ReportDeadline> past = store.deadlines.forPlan(plan).stream().filter(d -> d.due().isBefore(until))
                .toList();
        for (ReportDeadline d : past.subList(0, Math.max(0, past.size() - 1))) {
            store.deadlines.save(new ReportDeadline(d.meta(), d.planId(), d.type(), d.name(), d.periodFrom(),
                    d.periodTo(), d.due(), d.due().minusDays(2)));
        }
    }

    /**
     * The monthly thematic report the seeds ask for (seed 003: "Báo cáo chuyên đề chuyển đổi số (hàng
     * tháng)"), due on the 15th: every month of the plan, those due before the day the sample ends sent
     * two days early.
     */
    void monthlyReports(Plan plan, LocalDate until) {
        List<ReportDeadline> months = new vn.dxoutreach.domain.RecurringReports(vn.dxoutreach.domain.ReportType.MONTHLY,
                MONTHLY_DUE_DAY).deadlines(plan, store.clock().instant()).stream()
                .map(d -> d.due().isBefore(until) ? new ReportDeadline(d.meta(), d.planId(), d.type(), d.name(),
                        d.periodFrom(), d.periodTo(), d.due(), d.due().minusDays(2)) : d)
                .toList();
        store.deadlines.putAll(months);
    }

    private void target(Unit office, Plan plan, String nameKey, ActivityKind kind, TargetFilter filter,
            Measure measure, Cadence cadence, long value, LocalDate windowFrom, LocalDate windowTo) {
        target(office, plan, nameKey, kind, filter, measure, cadence, value, windowFrom, windowTo, Scope.EACH);
    }

    private void target(Unit office, Plan plan, String nameKey, ActivityKind kind, TargetFilter filter,
            Measure measure, Cadence cadence, long value, LocalDate windowFrom, LocalDate windowTo, Scope scope) {
        // numbered in order, so that a plan without the district radio's target has no gap
        String code = String.format("CT%02d", ++codes);
        store.targets.save(new Target(meta(office), plan.id(), code, names.get(nameKey), kind, filter, measure, cadence,
                value, scope, scope == Scope.EACH ? COMMUNE_LEVEL : null, windowFrom, windowTo, windowFrom != null));
    }

    private RecordMeta meta(Unit office) {
        return RecordMeta.fresh(office.id(), store.clock().instant());
    }
}
