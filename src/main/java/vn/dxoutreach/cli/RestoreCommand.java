package vn.dxoutreach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.store.BackupService;

/** {@code restore FILE}: checks the whole backup, keeps the current data, then replaces it. */
@Command(name = "restore", description = "Restore a backup (the current data is kept as a backup first).")
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        try {
            BackupService.restore(context.dataFolder(), file, context.clock());
        } catch (BackupService.DamagedBackup e) {
            throw new UserError(context.messages().get(e.messageKey(), file));
        }
        context.out().println(context.messages().get("data.cli.restored", file));
        return 0;
    }

}
