package vn.dxoutreach.ui.plans;

import java.util.List;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecurringReports;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.store.DataKind;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/** Kế hoạch & Chỉ tiêu: the live plans, the targets of one, the level names, and deletion. */
public final class PlansViewModel {

    private final Store store;
    private final Messages messages;
    /** The level names as last loaded: table cells read these, never the store. */
    private List<LevelName> levels = List.of();
    private Integer defaultScopeLevel;

    /** What the screen shows, read together off the FX thread. */
    public record Loaded(List<Plan> plans, List<LevelName> levels, Integer defaultScopeLevel) {
    }

    public PlansViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Plans, level names and the level below the office; store work, for the task runner. */
    public Loaded load() {
        Integer below = new vn.dxoutreach.store.Office(store).unit().map(u -> u.level() + 1).orElse(null);
        return new Loaded(plans(), store.levels.list(), below);
    }

    /** Keeps the level names and the default level of what was loaded; on the FX thread. */
    public void remember(Loaded loaded) {
        levels = loaded.levels();
        defaultScopeLevel = loaded.defaultScopeLevel();
    }

    /** The level a new target counts (the one below the office), when the office named it. */
    public Integer defaultScopeLevel() {
        return defaultScopeLevel == null || levelName(defaultScopeLevel).isEmpty() ? null : defaultScopeLevel;
    }

    /** Whether a change of the store alters what Kế hoạch shows. */
    public boolean shows(vn.dxoutreach.store.StoreChange change) {
        return change.touches(DataKind.PLAN, DataKind.TARGET, DataKind.REPORT_DEADLINE, DataKind.LEVEL_NAME,
                DataKind.UNIT);
    }

    /** Live plans, the newest period first. */
    public List<Plan> plans() {
        return store.plans.listNewestFirst();
    }

    /** Live targets of the plan, by code. */
    public List<Target> targets(Plan plan) {
        return plan == null ? List.of() : store.targets.ofPlan(plan.id());
    }

    /** The level names as last loaded. */
    public List<LevelName> levels() {
        return levels;
    }

    /** "Xã" for a level the office named, "Cấp n" otherwise; blank for none. */
    public String levelName(Integer level) {
        if (level == null) {
            return "";
        }
        return levels.stream().filter(l -> l.level() == level).map(LevelName::name).findFirst()
                .orElse(messages.get("units.levelNumber", level));
    }

    /** The plan's report deadlines, soonest due first (the seeds' defaults filled in). */
    public List<ReportDeadline> deadlines(Plan plan) {
        return plan == null ? List.of() : store.deadlines.forPlan(plan);
    }

    public void delete(ReportDeadline deadline) {
        store.deadlines.delete(deadline.id());
    }

    /** The day of the month the plan's monthly or quarterly reports are due, or null while they are off. */
    public Integer recurringDueDay(Plan plan, ReportType type) {
        return store.deadlines.recurring(plan, type).map(RecurringReports::dueDay).orElse(null);
    }

    /**
     * Switches the plan's monthly and quarterly reports on with their due days, or off (null), in one
     * transaction; the deadlines of every month or quarter of the plan follow.
     */
    public void setRecurring(Plan plan, Integer monthlyDueDay, Integer quarterlyDueDay) {
        store.db().write(c -> {
            store.deadlines.setRecurring(plan, ReportType.MONTHLY, monthlyDueDay);
            store.deadlines.setRecurring(plan, ReportType.QUARTERLY, quarterlyDueDay);
            return null;
        });
    }

    /** "Báo cáo tháng: hạn ngày 15 · Báo cáo quý: không", the plan's recurring reports in a line. */
    public String recurringSummary(Integer monthlyDueDay, Integer quarterlyDueDay) {
        return messages.get("deadlines.recurring.summary", recurringState(monthlyDueDay),
                recurringState(quarterlyDueDay));
    }

    private String recurringState(Integer dueDay) {
        return dueDay == null ? messages.get("deadlines.recurring.off") : messages.get("deadlines.recurring.on", dueDay);
    }

    /** Tombstones the plan with its targets and report deadlines together. */
    public void delete(Plan plan) {
        store.db().write(c -> {
            for (Target target : store.targets.ofPlan(plan.id())) {
                store.targets.delete(target.id());
            }
            for (ReportDeadline deadline : store.deadlines.ofPlan(plan.id())) {
                store.deadlines.delete(deadline.id());
            }
            store.plans.delete(plan.id());
            return null;
        });
    }

    public void delete(Target target) {
        store.targets.delete(target.id());
    }
}
