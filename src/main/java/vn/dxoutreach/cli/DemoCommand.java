package vn.dxoutreach.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Store;

/** Fills the data folder with fictional sample data: the sample district (history until 2025) or province. */
@Command(name = "demo", description = "Fill the data folder with sample data: the district until 30/06/2025"
        + " (default) or the province of today.")
public final class DemoCommand implements Callable<Integer> {

    /** Which sample. */
    enum Sample { district, province }

    @ParentCommand
    AppContext context;

    @Option(names = "--sample", defaultValue = "district",
            description = "district (before the 2025 reform, then merged into the province) or province.")
    Sample sample;

    @Option(names = "--scale", defaultValue = "1", description = "Multiply the number of communes of the district"
            + " sample (default 1).")
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
            SampleDataGenerator generator = new SampleDataGenerator(store);
            var summary = sample == Sample.province ? generator.generateProvince(end, seed)
                    : generator.generate(SampleSize.districtTimes(Math.max(1, scale)), end, seed);
            context.out().println(context.messages().get(summary.newCommunes().isEmpty() ? "cli.demo.done"
                    : "cli.demo.doneReform", summary.office().name(), summary.communes().size(),
                    summary.newCommunes().size(), summary.broadcasts(), summary.banners(), summary.sessions(),
                    summary.news(), summary.events(), summary.materials()));
            return 0;
        }
    }
}
