package vn.dxoutreach.ui.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.progress.DueReport;
import vn.dxoutreach.progress.NextDue;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * What is due next for a plan, in words: "Báo cáo 6 tháng đầu năm 2027 — hạn 15/06/2027, còn 12
 * ngày · 3 xã chưa có hoạt động · 2 chỉ tiêu chậm", with the units and targets behind it, and the
 * office's "sent" mark. Shown on Tổng quan and Báo cáo.
 */
public final class NextDueViewModel {

    private final Store store;
    private final Messages messages;
    private final NextDue nextDue;
    /** The level word, read with the reports off the FX thread so that the lines never touch the store. */
    private volatile String unitWord;

    /** Whether a change of the store alters the reports due: deadlines, plans, units or the records counted. */
    public boolean shows(vn.dxoutreach.store.StoreChange change) {
        return change.touchesActivities() || change.touches(vn.dxoutreach.store.DataKind.REPORT_DEADLINE,
                vn.dxoutreach.store.DataKind.PLAN, vn.dxoutreach.store.DataKind.TARGET,
                vn.dxoutreach.store.DataKind.UNIT);
    }

    public NextDueViewModel(Store store, ProgressEngine engine, Messages messages) {
        this.store = store;
        this.messages = messages;
        this.nextDue = new NextDue(store, engine);
    }

    public LocalDate today() {
        return LocalDate.now(store.clock());
    }

    /** The plan's reports to act on today (overdue first); none before the office is set up. */
    public List<DueReport> due(Plan plan) {
        Optional<Unit> office = new Office(store).unit();
        if (plan == null || office.isEmpty()) {
            return List.of();
        }
        unitWord = readUnitWord();
        return nextDue.of(plan, office.get(), today());
    }

    /** The one-line summary of a report to send. */
    public String summary(DueReport report) {
        ReportDeadline d = report.deadline();
        String when;
        if (report.overdue()) {
            when = messages.get("due.overdue", Formats.date(d.due()), -report.daysLeft());
        } else if (report.daysLeft() == 0) {
            when = messages.get("due.today", Formats.date(d.due()));
        } else {
            when = messages.get("due.daysLeft", Formats.date(d.due()), report.daysLeft());
        }
        String missing = report.started()
                ? messages.get("due.missing", report.idleUnits().size(), unitWord(), report.behindTargets().size())
                : messages.get("due.notStarted", Formats.date(d.periodFrom()));
        return messages.get("due.summary", d.title(messages), when, missing);
    }

    /** The units with nothing recorded, one line each. */
    public List<String> idleLines(DueReport report) {
        return report.idleUnits().stream().map(Unit::name).toList();
    }

    /** The targets behind, one line each: code, name, status. */
    public List<String> behindLines(DueReport report) {
        return report.behindTargets().stream().map(t -> messages.get("due.behindLine", t.target().code(),
                t.target().name(), vn.dxoutreach.report.ProgressText.attainment(t))).toList();
    }

    /** The heading of the idle list, naming the report period. */
    public String idleHeading(DueReport report) {
        ReportDeadline d = report.deadline();
        LocalDate to = today().isBefore(d.periodTo()) ? today() : d.periodTo();
        return messages.get("due.idleHeading", unitWord(), Formats.date(d.periodFrom()), Formats.date(to));
    }

    /** Marks the report as sent today. */
    public void markSubmitted(DueReport report) {
        ReportDeadline d = report.deadline();
        store.deadlines.save(new ReportDeadline(d.meta(), d.planId(), d.type(), d.name(), d.periodFrom(),
                d.periodTo(), d.due(), today()));
    }

    /** "xã", the name of the level below the office, for "3 xã chưa có hoạt động". */
    String unitWord() {
        String known = unitWord;
        return known != null ? known : readUnitWord();
    }

    private String readUnitWord() {
        Optional<Unit> office = new Office(store).unit();
        // the level of the office's children of today: communes under a province whose districts have ended
        Optional<String> named = office.flatMap(o -> {
            int level = store.units.tree().childLevelOn(o.id(), today()).orElse(o.level() + 1);
            return store.levels.list().stream().filter(l -> l.level() == level).map(LevelName::name).findFirst();
        });
        return named.map(n -> n.toLowerCase(messages.locale())).orElse(messages.get("due.unitWord"));
    }
}
