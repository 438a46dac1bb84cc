package vn.dxoutreach.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
import vn.dxoutreach.text.Formats;

/**
 * {@code report --plan P --type event|half-year|year|monthly|quarterly|custom [--year Y] [--month M | --quarter Q]
 * [--from --to] --out FILE.docx|FILE.pdf}
 * drafts a report; {@code --mark-sent [DATE]} marks its deadline as sent (today by default), with or
 * without a draft: writing a draft never does.
 */
@Command(name = "report", description = "Draft a report from the data as DOCX or PDF, or mark it sent.")
public final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Mixin
    ReportPeriodOptions options;

    @Option(names = "--out", paramLabel = "FILE", description = "FILE.docx or FILE.pdf")
    Path out;

    @Option(names = "--mark-sent", arity = "0..1", fallbackValue = "", paramLabel = "DATE",
            description = "Mark the report's deadline as sent on DATE (default: today).")
    String markSent;

    @Override
    public Integer call() throws Exception {
        ReportPeriodOptions.Period period = options.period(context);
        if (out == null && markSent == null) {
            throw new UserError(context.messages().get("cli.report.nothingToDo"));
        }
        String name = out == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (out != null && !name.endsWith(".docx") && !name.endsWith(".pdf")) {
            throw new UserError(context.messages().get("cli.report.badFile"));
        }
        try (Store store = context.openStore()) {
            Plan plan = options.plan(store, context.messages());
            if (markSent != null) {
                LocalDate day = markSent.isBlank() ? LocalDate.now(context.clock()) : Formats.parseDate(markSent)
                        .orElseThrow(() -> new UserError(context.messages().get("cli.report.badDate", markSent)));
                var marked = store.deadlines.markSent(plan, period.type(), period.from(), period.to(), day);
                context.out().println(marked.map(d -> context.messages().get("due.markedSent",
                        d.title(context.messages()), Formats.date(day)))
                        .orElse(context.messages().get("due.noDeadlineToMark")));
                if (out == null) {
                    return marked.isPresent() ? 0 : 1;
                }
            }
            ReportContent content = new ReportComposer(store, new ProgressEngine(store)).compose(plan, period.type(),
                    period.from(), period.to(), "", "");
            if (name.endsWith(".docx")) {
                new DocxReport(context.messages()).write(content, out);
            } else {
                new ReportPdf(context.messages()).write(content, out);
            }
            context.out().println(context.messages().get("cli.report.done", out));
            return 0;
        }
    }
}
