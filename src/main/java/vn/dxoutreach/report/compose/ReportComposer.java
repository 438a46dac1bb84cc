package vn.dxoutreach.report.compose;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Slogan;
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
        UnitTree tree = engine.unitTree();
        Set<UUID> area = tree.contributors(office.id());
        LocalDate today = LocalDate.now(store.clock());
        LocalDate asOf = to.isBefore(today) ? to.plusDays(1) : today;
        Figures figures = store.totals.between(from, to, area);
        Figures previous = store.totals.between(from.minusYears(1), to.minusYears(1), area);
        Set<UUID> active = store.totals.active(from, to);
        List<String> idle = tree.administrativeChildren(office.id()).stream()
                .filter(u -> u.existsOn(to) || u.existsOn(from))
                .filter(u -> tree.contributors(u.id()).stream().noneMatch(active::contains))
                .map(Unit::name).toList();
        var profile = store.settings.officeProfile();
        String suffix = profile.symbolSuffix().isBlank() ? "BC" : profile.symbolSuffix();
        List<Prorating> prorated = new ArrayList<>();
        List<TargetProgress> progress = periodProgress(plan, asOf, from, to, prorated);
        return new ReportContent(type, plan, Letterhead.of(profile, office, today), "…/" + suffix, from, to,
                figures, previous.isEmpty() ? null : previous, progress, List.copyOf(prorated),
                officialSlogans(from, to, area), idle, assessment, directions, notes, profile.recipients(),
                channels(from, to, area), appsInstalled(from, to, area),
                store.members.countAsOf(area, to));
    }

    /** The kinds told by channel or type that have records in the period, with their figures. */
    private List<KindFigures> channels(LocalDate from, LocalDate to, Set<UUID> area) {
        List<KindFigures> kinds = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            if (kind.hasChoiceDetail()) {
                KindFigures figures = new KindFigures(kind, store.totals.byDetail(kind, from, to, area));
                if (figures.records() > 0) {
                    kinds.add(figures);
                }
            }
        }
        return kinds;
    }

    private long appsInstalled(LocalDate from, LocalDate to, Set<UUID> area) {
        return store.totals.byDetail(ActivityKind.TEAM_SESSION, from, to, area).stream()
                .mapToLong(vn.dxoutreach.store.ActivityTotals.DetailFigures::apps).sum();
    }

    /** The official slogans of the year's campaign that banners of the period carried, with their quantities. */
    private List<SloganUse> officialSlogans(LocalDate from, LocalDate to, Set<UUID> area) {
        Map<String, Long> hung = store.banners.quantityBySlogan(from, to, area);
        List<SloganUse> used = new ArrayList<>();
        for (Slogan slogan : store.slogans.officialFor(to.getYear())) {
            Long quantity = hung.get(slogan.text().strip());
            if (quantity != null && quantity > 0) {
                used.add(new SloganUse(slogan.text().strip(), quantity));
            }
        }
        return used;
    }

    /**
     * Each target over the report period, once for each of its windows in it (a window repeating
     * every year has one a year): a year report of a weekly target shows the weeks of that year, not
     * the plan's whole window. A PERIOD target keeps its window, since its value is owed over all of
     * it. A target none of whose own periods lies inside the report period (a monthly one in the
     * 01–10/10 report) is assessed over the report period with its value pro-rated to its days.
     */
    private List<TargetProgress> periodProgress(Plan plan, LocalDate asOf, LocalDate from, LocalDate to,
            List<Prorating> prorated) {
        List<TargetProgress> targets = new ArrayList<>();
        List<Target> windows = new ArrayList<>();
        for (Target planned : engine.targetsOf(plan, asOf)) {
            for (Target target : planned.yearly(plan)) {
                LocalDate start = later(target.windowFrom(), from);
                LocalDate end = earlier(target.windowTo(), to);
                if (!end.isBefore(start)) {
                    windows.add(target.cadence() == Cadence.PERIOD ? target : target.withWindow(start, end));
                }
            }
        }
        engine.readAhead(windows, plan, asOf);
        for (Target window : windows) {
            TargetProgress over = engine.evaluate(window, plan, asOf);
            if (window.cadence() != Cadence.PERIOD && over.buckets().isEmpty()) {
                LocalDate start = window.windowFrom();
                LocalDate end = window.windowTo();
                double share = (ChronoUnit.DAYS.between(start, end) + 1) / (double) cadenceDays(window.cadence(), start);
                long value = (long) Math.ceil(window.value() * share - 1e-9);
                Target period = new Target(window.meta(), window.planId(), window.code(), window.name(),
                        window.kind(), window.filter(), window.measure(), Cadence.PERIOD, value, window.scope(),
                        window.scopeLevel(), start, end).withUnitScope(window.scopeUnitType(), window.minSharePercent());
                over = engine.evaluate(period, plan, asOf);
                prorated.add(new Prorating(window.id(), start, window.cadence(), window.value(), share));
            }
            targets.add(over);
        }
        return targets;
    }

    /** The days of the target's own period that the day falls in. */
    private static long cadenceDays(Cadence cadence, LocalDate day) {
        return switch (cadence) {
            case WEEK -> 7;
            case MONTH -> day.lengthOfMonth();
            case QUARTER -> {
                LocalDate first = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
                yield ChronoUnit.DAYS.between(first, first.plusMonths(3));
            }
            case YEAR, PERIOD -> day.lengthOfYear();
        };
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

}
