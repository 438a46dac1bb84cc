package vn.dxoutreach.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.exchange.imports.ImportPreview;
import vn.dxoutreach.exchange.imports.ImportProblem;
import vn.dxoutreach.exchange.imports.Importer;
import vn.dxoutreach.exchange.imports.SheetCounts;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/** {@code import FILE...}: xlsx or csv files in the template's form, all or nothing. */
@Command(name = "import", description = "Import template workbooks or CSV files, all or nothing.")
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "xlsx or csv files (units and plans first).")
    List<Path> files;

    @Override
    public Integer call() {
        Messages messages = context.messages();
        try (Store store = context.openStore()) {
            ImportPreview preview = new Importer(store, messages).importFiles(files, Progress.NONE);
            if (preview.hasProblems()) {
                StringBuilder out = new StringBuilder(messages.get("data.cli.problems", preview.problems().size()));
                for (ImportProblem p : preview.problems()) {
                    out.append('\n').append(messages.get("data.cli.problem", p.sheet(), p.row(), p.column(),
                            p.value(), p.reason()));
                }
                throw new UserError(out.toString());
            }
            context.out().println(messages.get("data.cli.imported", preview.added(), preview.updated(),
                    preview.unchanged()));
            for (SheetCounts c : preview.counts()) {
                context.out().println(messages.get("data.cli.sheet", c.sheet(), c.added(), c.updated(), c.unchanged()));
            }
            return 0;
        }
    }
}
