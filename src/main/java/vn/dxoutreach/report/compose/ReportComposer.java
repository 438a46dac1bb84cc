package vn.dxoutreach.report.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.report.Letterhead;
import vn.dxoutreach.store.ActivityTotals.Figures;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/** Drafts a report from the data: figures of the period and of the same period a year before, progress, idle units. */
public final class ReportComposer {

    private final Store store;
    private final ProgressEngine engine;

    public ReportComposer(Store store, ProgressEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    /** A report without notes of the office's own under its activity sections. */
    public ReportContent compose(Plan plan, ReportType type, LocalDate from, LocalDate to, String assessment,
            String directions) {
        return compose(plan, type, from, to, assessment, directions, SectionNotes.NONE);
    }

    /** A report with the user's paragraphs as written: the figures are drawn afresh, the paragraphs kept. */
    public ReportContent compose(Plan plan, ReportType type, LocalDate from, LocalDate to, String assessment,
            String directions, SectionNotes notes) {
        Unit office = new Office(store).unit().orElseThrow();
        UnitTree tree = store.units.tree();
        Set<UUID> area = tree.contributors(office.id());
        LocalDate today = LocalDate.now(store.clock());
        LocalDate asOf = to.isBefore(today) ? to.plusDays(1) : today;
        Figures figures = store.totals.between(from, to, area);
        Figures previous = store.totals.between(from.minusYears(1), to.minusYears(1), area);
        Set<UUID> active = store.totals.active(from, to);
        List<String> idle = tree.children(office.id()).stream()
                .filter(u -> u.existsOn(to) || u.existsOn(from))
                .filter(u -> tree.contributors(u.id()).stream().noneMatch(active::contains))
                .map(Unit::name).toList();
        var profile = store.settings.officeProfile();
        String suffix = profile.symbolSuffix().isBlank() ? "BC" : profile.symbolSuffix();
        return new ReportContent(type, plan, Letterhead.of(profile, office, today), "…/" + suffix, from, to,
                figures, previous.isEmpty() ? null : previous, periodProgress(plan, asOf, from, to),
                idle, assessment, directions, notes, profile.recipients());
    }

    /**
     * Each target over the report period: a year report of a weekly target shows the weeks of that year,
     * not the plan's whole window. A PERIOD target keeps its window, since its value is owed over all of it.
     */
    private List<TargetProgress> periodProgress(Plan plan, LocalDate asOf, LocalDate from, LocalDate to) {
        List<TargetProgress> targets = new ArrayList<>();
        for (Target target : engine.targetsOf(plan, asOf)) {
            LocalDate start = later(target.effectiveFrom(plan), from);
            LocalDate end = earlier(target.effectiveTo(plan), to);
            if (end.isBefore(start)) {
                continue;
            }
            Target over = target.cadence() == Cadence.PERIOD ? target : target.withWindow(start, end);
            targets.add(engine.evaluate(over, plan, asOf));
        }
        return targets;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

}
