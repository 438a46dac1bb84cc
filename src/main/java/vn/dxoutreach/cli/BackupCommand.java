package vn.dxoutreach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.store.BackupService;
import vn.dxoutreach.store.Store;

/** {@code backup --out FILE}: the database and evidence files in one zip. */
@Command(name = "backup", description = "Back up the database and evidence files to one file.")
public final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file (.zip).")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Store store = context.openStore()) {
            BackupService.backup(store, out);
        }
        context.out().println(context.messages().get("data.cli.backedUp", out));
        return 0;
    }
}
