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
import vn.dxoutreach.report.dossier.DossierCollector;
import vn.dxoutreach.report.dossier.DossierContent;
import vn.dxoutreach.report.dossier.DossierDocument;
import vn.dxoutreach.report.dossier.DossierProgress;
import vn.dxoutreach.report.page.PageSet;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/** {@code dossier --plan P --type event|half-year|year|custom [--year Y] [--from --to] --out FILE.pdf}. */
@Command(name = "dossier", description = "Gather the evidence of a plan's targets over a period into a PDF dossier.")
public final class DossierCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Mixin
    ReportPeriodOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.pdf")
    Path out;

    @Override
    public Integer call() throws Exception {
        ReportPeriodOptions.Period period = options.period(context);
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new UserError(context.messages().get("dossier.cli.badFile"));
        }
        try (Store store = context.openStore()) {
            Plan plan = options.plan(store, context.messages());
            if (new Office(store).unit().isEmpty()) {
                throw new UserError(context.messages().get("dossier.cli.noOffice"));
            }
            long started = System.nanoTime();
            DossierContent content = new DossierCollector(store, new ProgressEngine(store)).collect(plan,
                    period.from(), period.to(), DossierProgress.NONE);
            DossierDocument document = new DossierDocument(context.messages());
            PageSet pages = document.layout(content);
            document.writePdf(pages, out, DossierProgress.NONE);
            context.out().println(context.messages().get("dossier.cli.done", out, pages.count(), content.recordCount(),
                    content.photoCount(), (System.nanoTime() - started) / 1_000_000));
            return 0;
        }
    }
}
