package vn.dxoutreach.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Store;

/** Fills the data folder with the fictional sample district. */
@Command(name = "demo", description = "Fill the data folder with the sample district.")
public final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Option(names = "--scale", defaultValue = "1", description = "Multiply the number of communes (default 1).")
    int scale;

    @Option(names = "--until", description = "Last day of sample activity, yyyy-MM-dd (default: today).")
    LocalDate until;

    @Option(names = "--seed", defaultValue = "20221010", description = "Random seed.")
    long seed;

    @Override
    public Integer call() {
        try (Store store = context.openStore(); var writing = store.holdWrites()) {
            if (store.units.countLive() > 0) {
                throw new UserError(context.messages().get("cli.demo.notEmpty", store.folder().root()));
            }
            LocalDate end = until != null ? until : LocalDate.now(context.clock());
            var summary = new SampleDataGenerator(store).generate(SampleSize.districtTimes(Math.max(1, scale)), end,
                    seed);
            context.out().println(context.messages().get("cli.demo.done", summary.office().name(),
                    summary.communes().size(), summary.broadcasts(), summary.banners(), summary.sessions()));
            return 0;
        }
    }
}
