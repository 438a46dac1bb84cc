package vn.dxoutreach.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dxoutreach.cli.AppContext;
import vn.dxoutreach.cli.DemoCommand;
import vn.dxoutreach.cli.OfficeCommand;
import vn.dxoutreach.cli.ProgressCommand;
import vn.dxoutreach.cli.BenchCommand;
import vn.dxoutreach.cli.ExportPackageCommand;
import vn.dxoutreach.cli.ImportPackageCommand;
import vn.dxoutreach.cli.ReportCommand;
import vn.dxoutreach.cli.DossierCommand;
import vn.dxoutreach.cli.ImportCommand;
import vn.dxoutreach.cli.TemplateCommand;
import vn.dxoutreach.cli.ExportCommand;
import vn.dxoutreach.cli.BackupCommand;
import vn.dxoutreach.cli.RestoreCommand;
import vn.dxoutreach.cli.ArgumentErrors;
import vn.dxoutreach.cli.FileErrors;
import vn.dxoutreach.cli.UserError;
import vn.dxoutreach.store.DataDamage;
import vn.dxoutreach.store.DataFolderLock;
import vn.dxoutreach.store.DataFolderProblem;
import vn.dxoutreach.store.DiskFull;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.DesktopApp;

/**
 * {@code dx-outreach [--data-dir DIR] [command ...]}: with no command it opens the window,
 * with one it runs headless.
 */
@Command(name = "dx-outreach", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        subcommands = {
                SmokeCommand.class,
                DemoCommand.class,
                OfficeCommand.class,
                ProgressCommand.class,
                BenchCommand.class,
                ExportPackageCommand.class,
                ImportPackageCommand.class,
                ReportCommand.class,
                DossierCommand.class,
                ImportCommand.class,
                TemplateCommand.class,
                ExportCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
        })
public final class RootCommand implements Callable<Integer>, AppContext {

    private static final Logger LOG = Logger.getLogger(RootCommand.class.getName());

    /** Returned by {@link #run} when the window opened: the JVM lives on until it closes. */
    public static final int WINDOW_OPENED = -1;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder (default: the user's data folder).")
    Path dataDir;

    private final PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    private Messages messages;

    /** Parses the arguments and runs the command; returns the exit code or {@link #WINDOW_OPENED}. */
    public static int run(String... args) {
        Optional<QuickStart> quick = QuickStart.of(args);
        if (quick.isPresent()) {
            return quick.get().open();
        }
        RootCommand root = new RootCommand();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(root.out);
        // every command answers --help, as the message for a mistyped command line suggests
        commandLine.getSubcommands().values()
                .forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserError) {
                cmd.getErr().println(e.getMessage());
                return UserError.EXIT_CODE;
            }
            Optional<DataFolderProblem> problem = DataFolderProblem.in(e);
            if (problem.isPresent()) {
                LOG.log(Level.INFO, "The data folder cannot be used", e);
                cmd.getErr().println(problem.get().describe(root.messages()));
                return UserError.EXIT_CODE;
            }
            if (DiskFull.in(e)) {
                LOG.log(Level.INFO, "The disk is full", e);
                cmd.getErr().println(root.messages().get("dialog.error.diskFull"));
                return UserError.EXIT_CODE;
            }
            if (DataDamage.in(e)) {
                LOG.log(Level.WARNING, "The database is damaged", e);
                cmd.getErr().println(new DataFolderProblem(DataFolderProblem.Kind.DAMAGED,
                        root.dataFolder().database(), e).describe(root.messages()));
                return UserError.EXIT_CODE;
            }
            if (DataDamage.busy(e)) {
                LOG.log(Level.INFO, "Another process held the database", e);
                cmd.getErr().println(root.messages().get("store.busyGaveUp"));
                return UserError.EXIT_CODE;
            }
            Optional<String> file = FileErrors.describe(e, root.messages());
            if (file.isPresent()) {
                LOG.log(Level.INFO, "A command met a file problem", e);
                cmd.getErr().println(file.get());
                return UserError.EXIT_CODE;
            }
            throw e;
        });
        // a mistyped command is told in Vietnamese; picocli's English detail goes to the log
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            LOG.log(Level.FINE, "Command line not understood: " + e.getMessage());
            e.getCommandLine().getErr().println(ArgumentErrors.describe(e, root.messages()));
            return UserError.EXIT_CODE;
        });
        commandLine.setExecutionStrategy(parsed -> {
            Logging.configure(root.dataFolder());
            PrintWriter err = commandLine.getErr();
            DataFolderLock.onWait(() -> err.println(root.messages().get("store.busy")));
            return new CommandLine.RunLast().execute(parsed);
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        DesktopApp.open(dataFolder(), stage -> { });
        return WINDOW_OPENED;
    }

    @Override
    public DataFolder dataFolder() {
        return dataDir != null ? new DataFolder(dataDir.toAbsolutePath()) : DataFolder.ofSystem();
    }

    @Override
    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Override
    public Messages messages() {
        if (messages == null) {
            messages = Messages.vietnamese();
        }
        return messages;
    }

    @Override
    public String appVersion() {
        return AppVersion.current();
    }

    @Override
    public PrintWriter out() {
        return out;
    }
}
