package vn.dxoutreach.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.report.ReportPdf;
import vn.dxoutreach.report.compose.DocxReport;
import vn.dxoutreach.report.compose.ReportComposer;
import vn.dxoutreach.report.compose.ReportContent;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.store.Store;

/** {@code report --plan P --type event|half-year|year|custom [--year Y] [--from --to] --out FILE.docx|FILE.pdf}. */
@Command(name = "report", description = "Draft a report from the data as DOCX or PDF.")
public final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Option(names = "--plan", required = true, paramLabel = "SYMBOL", description = "Plan number and symbol.")
    String planSymbol;

    @Option(names = "--type", required = true, description = "event, half-year, year or custom.")
    String type;

    @Option(names = "--year", description = "The report's year (default: this year).")
    Integer year;

    @Option(names = "--from", description = "First day, yyyy-MM-dd (custom reports).")
    LocalDate from;

    @Option(names = "--to", description = "Last day, yyyy-MM-dd (custom reports).")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.docx or FILE.pdf")
    Path out;

    @Override
    public Integer call() throws Exception {
        ReportType reportType = parseType();
        int reportYear = year != null ? year : LocalDate.now(context.clock()).getYear();
        LocalDate first = from != null ? from : reportType.periodFrom(reportYear);
        LocalDate last = to != null ? to : reportType.periodTo(reportYear);
        if (last.isBefore(first)) {
            throw new UserError(context.messages().get("cli.report.badPeriod"));
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".pdf")) {
            throw new UserError(context.messages().get("cli.report.badFile"));
        }
        try (Store store = context.openStore()) {
            Plan plan = store.plans.findBySymbol(planSymbol)
                    .orElseThrow(() -> new UserError(context.messages().get("cli.progress.noPlan", planSymbol)));
            ReportContent content = new ReportComposer(store, new ProgressEngine(store)).compose(plan, reportType,
                    first, last, "", "");
            if (name.endsWith(".docx")) {
                new DocxReport(context.messages()).write(content, out);
            } else {
                new ReportPdf(context.messages()).write(content, out);
            }
            context.out().println(context.messages().get("cli.report.done", out));
            return 0;
        }
    }

    private ReportType parseType() {
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "event" -> ReportType.EVENT;
            case "half-year" -> ReportType.HALF_YEAR;
            case "year" -> ReportType.YEAR;
            case "custom" -> {
                if (from == null || to == null) {
                    throw new UserError(context.messages().get("cli.report.customNeedsDates"));
                }
                yield ReportType.CUSTOM;
            }
            default -> throw new UserError(context.messages().get("cli.report.badType", type));
        };
    }
}
