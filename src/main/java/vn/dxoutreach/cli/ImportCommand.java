package vn.dxoutreach.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.exchange.imports.ImportPreview;
import vn.dxoutreach.exchange.imports.ImportProblem;
import vn.dxoutreach.exchange.imports.Importer;
import vn.dxoutreach.exchange.imports.SheetCounts;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * {@code import FILE... [--yes]}: xlsx or csv files in the template's form, all or nothing; records that already
 * exist are updated only with --yes, as the Dữ liệu screen asks before updating them.
 */
@Command(name = "import", description = "Import template workbooks or CSV files, all or nothing.")
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "xlsx or csv files (units and plans first).")
    List<Path> files;

    @Option(names = "--yes", description = "Also update records that already exist (otherwise an import that would "
            + "change existing records only says how many and writes nothing).")
    boolean yes;

    @Override
    public Integer call() {
        Messages messages = context.messages();
        try (Store store = context.openStore(); var writing = store.holdWrites()) {
            Importer importer = new Importer(store, messages);
            ImportPreview preview = importer.check(files, Progress.NONE);
            if (preview.hasProblems()) {
                StringBuilder out = new StringBuilder(messages.get("data.cli.problems", preview.problems().size()));
                for (ImportProblem p : preview.problems()) {
                    out.append('\n').append(line(messages, p));
                }
                throw new UserError(out.toString());
            }
            if (preview.updated() > 0 && !yes) {
                context.out().println(messages.get("data.cli.askYes", preview.added(), preview.updated()));
                return 0;
            }
            importer.write(preview);
            context.out().println(messages.get("data.cli.imported", preview.added(), preview.updated(),
                    preview.unchanged()));
            for (SheetCounts c : preview.counts()) {
                context.out().println(messages.get("data.cli.sheet", c.sheet(), c.added(), c.updated(), c.unchanged()));
            }
            return 0;
        }
    }

    /** One problem as a line, leaving out the row, column or value it does not have. */
    static String line(Messages messages, ImportProblem p) {
        if (p.wholeFile()) {
            return messages.get("data.cli.problemFile", p.reason());
        }
        if (p.column().isEmpty()) {
            return messages.get("data.cli.problemRow", p.sheet(), p.row(), p.reason());
        }
        if (p.value().isEmpty()) {
            return messages.get("data.cli.problemCell", p.sheet(), p.row(), p.column(), p.reason());
        }
        return messages.get("data.cli.problem", p.sheet(), p.row(), p.column(), p.value(), p.reason());
    }
}
