package vn.dxoutreach.cli;

import java.nio.file.Path;
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

/** {@code report --plan P --type event|half-year|year|custom [--year Y] [--from --to] --out FILE.docx|FILE.pdf}. */
@Command(name = "report", description = "Draft a report from the data as DOCX or PDF.")
public final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Mixin
    ReportPeriodOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.docx or FILE.pdf")
    Path out;

    @Override
    public Integer call() throws Exception {
        ReportPeriodOptions.Period period = options.period(context);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".pdf")) {
            throw new UserError(context.messages().get("cli.report.badFile"));
        }
        try (Store store = context.openStore()) {
            Plan plan = options.plan(store, context.messages());
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
