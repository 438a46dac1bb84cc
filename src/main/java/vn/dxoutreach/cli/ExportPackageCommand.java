package vn.dxoutreach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.pkg.PackageWriter;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;

/** {@code export-package --to UNIT_CODE [--since DATE] --out FILE}: a data package for another office. */
@Command(name = "export-package", description = "Write a data package (.dxo) for another office.")
public final class ExportPackageCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Option(names = "--to", required = true, paramLabel = "UNIT_CODE", description = "The receiving office's unit.")
    String recipientCode;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Changes since this day, yyyy-MM-dd or dd/MM/yyyy (default: since the last package to it).")
    String since;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package file (.dxo).")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Store store = context.openStore()) {
            Unit office = new Office(store).unit()
                    .orElseThrow(() -> new UserError(context.messages().get("cli.office.notSet")));
            Unit recipient = store.units.findByCode(recipientCode.strip())
                    .orElseThrow(() -> new UserError(context.messages().get("cli.office.unknownUnit", recipientCode)));
            LocalDate from = since == null ? null : Formats.parseDate(since)
                    .orElseThrow(() -> new UserError(context.messages().get("cli.report.badDate", since)));
            Path folder = out.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
                throw new UserError(context.messages().get("exchange.cli.cannotWrite", out, folder));
            }
            var summary = new PackageWriter(store, context.appVersion()).write(office, recipient, from, out);
            context.out().println(context.messages().get("exchange.cli.written", out, summary.records(),
                    summary.evidenceFiles()));
            return 0;
        }
    }
}
