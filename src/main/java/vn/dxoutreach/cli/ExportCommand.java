package vn.dxoutreach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.exchange.export.DatabaseExport;
import vn.dxoutreach.exchange.export.ExportResult;
import vn.dxoutreach.store.Store;

/** {@code export --out FILE.xlsx}: the whole database in the import template's format. */
@Command(name = "export", description = "Export the whole database as one workbook in the template's format.")
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.xlsx")
    Path out;

    @Override
    public Integer call() throws Exception {
        ExportResult result;
        try (Store store = context.openStore()) {
            result = new DatabaseExport(store).write(out);
        }
        context.out().println(context.messages().get("data.cli.exported", out));
        result.notices(context.messages()).forEach(context.out()::println);
        return 0;
    }
}
