package vn.dxoutreach.exchange.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.UnitType;
import vn.dxoutreach.exchange.template.Folding;

/**
 * The KeHoach and ChiTieu sheets: plans by their number and symbol, targets by plan and code.
 * Both belong to the office's unit (the holder of the plan).
 */
final class PlanRows {

    private final Problems problems;
    private final ChoiceLookup choices;
    private final List<LevelName> levelNames;
    private final Instant now;
    private final Map<String, Plan> plansBySymbol = new HashMap<>();
    private final Map<String, Plan> storedPlans = new HashMap<>();
    private final Map<String, Target> storedTargets = new HashMap<>();
    private final Map<UUID, String> symbolOf = new HashMap<>();
    private KeyedMerge<Plan> plans;
    private KeyedMerge<Target> targets;

    PlanRows(List<Plan> stored, List<Target> storedTargetList, List<LevelName> levelNames, ChoiceLookup choices,
            Problems problems, Instant now) {
        this.problems = problems;
        this.choices = choices;
        this.levelNames = levelNames;
        this.now = now;
        for (Plan p : stored) {
            storedPlans.put(Folding.keyPart(p.symbol()), p);
            plansBySymbol.put(Folding.keyPart(p.symbol()), p);
            symbolOf.put(p.id(), Folding.keyPart(p.symbol()));
        }
        for (Target t : storedTargetList) {
            String symbol = symbolOf.get(t.planId());
            if (symbol != null) {
                storedTargets.put(targetKey(symbol, t.code()), t);
            }
        }
        plans = new KeyedMerge<>(storedPlans, Plan::meta, PlanRows::withMeta, now);
        targets = new KeyedMerge<>(storedTargets, Target::meta, PlanRows::withMeta, now);
    }

    private static String targetKey(String symbolKey, String code) {
        return symbolKey + "|" + Folding.keyPart(code);
    }

    /** Checks the plans; {@code holder} is the unit plans belong to. */
    void checkPlans(SheetRows sheet, UUID holder) {
        if (sheet == null) {
            return;
        }
        for (RowValues row : sheet.rows(problems)) {
            String symbol = row.text("symbol");
            String title = row.text("title");
            String body = row.text("issuingBody");
            LocalDate issued = row.date("issuedOn");
            LocalDate from = row.date("from");
            LocalDate to = row.date("to");
            if (from != null && to != null && to.isBefore(from)) {
                row.problem("to", row.text("to"), "data.problem.dateOrder");
            }
            if (symbol.isEmpty() || plans.isDuplicate(Folding.keyPart(symbol), row) || !row.ok() || holder == null) {
                continue;
            }
            Plan old = plans.existing(Folding.keyPart(symbol));
            UUID unit = old != null ? old.meta().unitId() : holder;
            Plan placeholder = new Plan(KeyedMerge.PLACEHOLDER, symbol, title, body, issued, from, to);
            Plan written = plans.offer(Folding.keyPart(symbol), placeholder, UUID.randomUUID(), unit);
            plansBySymbol.put(Folding.keyPart(symbol), written);
        }
    }

    void checkTargets(SheetRows sheet) {
        if (sheet == null) {
            return;
        }
        for (RowValues row : sheet.rows(problems)) {
            String code = row.text("code");
            String symbol = row.text("plan");
            String name = row.text("name");
            ActivityKind kind = row.choice("kind", ActivityKind.class);
            Measure measure = row.choice("measure", Measure.class);
            Cadence cadence = row.choice("cadence", Cadence.class);
            Long value = row.number("value", 0, Integer.MAX_VALUE);
            Scope scope = row.choice("scope", Scope.class);
            Integer scopeLevel = Levels.parse(row, "scopeLevel", levelNames);
            LocalDate from = row.date("from");
            LocalDate to = row.date("to");
            boolean newOnly = row.yesNo("newOnly");
            Integer unitLevel = Levels.parse(row, "unitLevel", levelNames);
            String topic = row.textOrNull("topic");
            BannerKind bannerKind = row.choice("bannerKind", BannerKind.class);
            String sessionTopic = row.textOrNull("sessionTopic");
            boolean repeatsYearly = row.yesNo("repeatsYearly");
            UnitType scopeUnitType = row.choice("scopeUnitType", UnitType.class);
            Long minShare = row.text("minShare").isEmpty() ? null : row.number("minShare", 1, 100);
            if (minShare != null && scope != null && scope != Scope.EACH) {
                row.problem("minShare", row.text("minShare"), "data.problem.share");
            }
            boolean namesOrganisations = scopeUnitType != null && scopeUnitType.isOrganisation();
            String choice = choiceFilter(row, kind);
            Plan plan = symbol.isEmpty() ? null : plansBySymbol.get(Folding.keyPart(symbol));
            if (!symbol.isEmpty() && plan == null) {
                row.problem("plan", symbol, "data.problem.unknownPlan");
            }
            if (kind != null && measure != null && !measure.appliesTo(kind)) {
                row.problem("measure", row.text("measure"), "data.problem.measureKind", row.text("kind"));
            }
            if (scope == Scope.EACH && scopeLevel == null && row.text("scopeLevel").isEmpty() && !namesOrganisations) {
                row.problem("scopeLevel", "", "data.problem.scopeLevel");
            }
            if (from != null && to != null && to.isBefore(from)) {
                row.problem("to", row.text("to"), "data.problem.dateOrder");
            }
            if (code.isEmpty() || plan == null || !row.ok()) {
                continue;
            }
            String key = targetKey(Folding.keyPart(plan.symbol()), code);
            if (targets.isDuplicate(key, row)) {
                continue;
            }
            TargetFilter filter = new TargetFilter(newOnly, unitLevel, topic, bannerKind, sessionTopic, choice);
            Target candidate = new Target(KeyedMerge.PLACEHOLDER, plan.id(), code, name, kind, filter, measure,
                    cadence, value, scope, scopeLevel, from, to, repeatsYearly,
                    scope == Scope.EACH && namesOrganisations ? scopeUnitType : null,
                    minShare == null ? null : minShare.intValue());
            targets.offer(key, candidate, UUID.randomUUID(), plan.meta().unitId());
        }
    }

    /** The channel or type a target counts only, in its list's spelling; null when none (or wrong, noted). */
    private String choiceFilter(RowValues row, ActivityKind kind) {
        String cell = row.text("choice");
        if (cell.isEmpty() || kind == null) {
            return null;
        }
        if (kind.choiceList() == null) {
            row.problem("choice", cell, "data.problem.choiceKind", row.text("kind"));
            return null;
        }
        return choices.value(row, "choice", kind.choiceList());
    }

    /** The plan a symbol names: from the sheet being imported or already stored; null when neither. */
    Plan plan(String symbol) {
        return plansBySymbol.get(Folding.keyPart(symbol));
    }

    List<Plan> plansToWrite() {
        return plans.toWrite();
    }

    List<Target> targetsToWrite() {
        return targets.toWrite();
    }

    SheetCounts planCounts(String sheet) {
        return plans.counts(sheet);
    }

    SheetCounts targetCounts(String sheet) {
        return targets.counts(sheet);
    }

    static Plan withMeta(Plan p, vn.dxoutreach.domain.RecordMeta meta) {
        return new Plan(meta, p.symbol(), p.title(), p.issuingBody(), p.issuedOn(), p.periodFrom(), p.periodTo());
    }

    static Target withMeta(Target t, vn.dxoutreach.domain.RecordMeta meta) {
        return new Target(meta, t.planId(), t.code(), t.name(), t.kind(), t.filter(), t.measure(), t.cadence(),
                t.value(), t.scope(), t.scopeLevel(), t.windowFrom(), t.windowTo(), t.repeatsYearly(), t.scopeUnitType(),
                t.minSharePercent());
    }
}
