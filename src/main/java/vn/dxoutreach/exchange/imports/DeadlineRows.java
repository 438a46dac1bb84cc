package vn.dxoutreach.exchange.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.exchange.template.Folding;

/**
 * The HanBaoCao sheet: a plan's report deadlines. A standard report (10/10, six-month, annual) is
 * the plan's one report of that type and year, with the same id the plan's defaults get, so that
 * importing it never doubles a default; a monthly or quarterly report is the plan's one of its month
 * or quarter, with the id switching them on gives it; an office's own reports are matched by period
 * and name.
 */
final class DeadlineRows {

    private final Problems problems;
    private final Function<String, Plan> planBySymbol;
    private final KeyedMerge<ReportDeadline> merge;

    DeadlineRows(List<ReportDeadline> stored, Function<String, Plan> planBySymbol, Problems problems, Instant now) {
        this.problems = problems;
        this.planBySymbol = planBySymbol;
        Map<String, ReportDeadline> byKey = new HashMap<>();
        for (ReportDeadline d : stored) {
            byKey.putIfAbsent(key(d.planId(), d.type(), d.periodFrom(), d.periodTo(), d.name()), d);
        }
        merge = new KeyedMerge<>(byKey, ReportDeadline::meta, DeadlineRows::withMeta, now);
    }

    private static String key(UUID plan, ReportType type, LocalDate from, LocalDate to, String name) {
        if (type.isRecurring()) {
            // a monthly or quarterly report is the plan's one of the month or quarter its figures end in
            ReportType.YearPeriod period = type.periodOf(to);
            return plan + "|" + type + "|" + period.year() + "|" + period.number();
        }
        if (type != ReportType.CUSTOM) {
            // a report is the year's its figures end in: the 2025 year report counts from 15/12/2024
            return plan + "|" + type + "|" + to.getYear();
        }
        return plan + "|" + type + "|" + from + "|" + to + "|" + Folding.keyPart(name);
    }

    void check(SheetRows sheet) {
        if (sheet == null) {
            return;
        }
        for (RowValues row : sheet.rows(problems)) {
            String symbol = row.text("plan");
            ReportType type = row.choice("type", ReportType.class);
            String name = row.text("name");
            LocalDate from = row.date("from");
            LocalDate to = row.date("to");
            LocalDate due = row.date("due");
            LocalDate sent = row.date("sentOn");
            Plan plan = symbol.isEmpty() ? null : planBySymbol.apply(symbol);
            if (!symbol.isEmpty() && plan == null) {
                row.problem("plan", symbol, "data.problem.unknownPlan");
            }
            if (from != null && to != null && to.isBefore(from)) {
                row.problem("to", row.text("to"), "data.problem.dateOrder");
            }
            if (from != null && due != null && due.isBefore(from)) {
                row.problem("due", row.text("due"), "data.problem.dateOrder");
            }
            if (plan == null || !row.ok()) {
                continue;
            }
            String key = key(plan.id(), type, from, to, name);
            if (merge.isDuplicate(key, row)) {
                continue;
            }
            UUID newId = type == ReportType.CUSTOM ? UUID.randomUUID()
                    : type.isRecurring() ? ReportDeadline.recurringId(plan.id(), type, type.periodOf(to))
                    : ReportDeadline.defaultId(plan.id(), type, to.getYear());
            merge.offer(key, new ReportDeadline(KeyedMerge.PLACEHOLDER, plan.id(), type, name, from, to, due, sent),
                    newId, plan.meta().unitId());
        }
    }

    List<ReportDeadline> toWrite() {
        return merge.toWrite();
    }

    SheetCounts counts(String sheet) {
        return merge.counts(sheet);
    }

    private static ReportDeadline withMeta(ReportDeadline d, RecordMeta meta) {
        return new ReportDeadline(meta, d.planId(), d.type(), d.name(), d.periodFrom(), d.periodTo(), d.due(),
                d.submittedOn());
    }
}
