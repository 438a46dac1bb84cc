package vn.dxoutreach.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.progress.PlanProgress;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.store.Store;

/** {@code progress --plan 96/KH-UBND [--as-of DATE] [--by-unit] [--format csv|json]}. */
@Command(name = "progress", description = "Print the progress of every target of a plan.")
public final class ProgressCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { csv, json }

    @ParentCommand
    AppContext context;

    @Option(names = "--plan", required = true, paramLabel = "SYMBOL", description = "Plan number and symbol.")
    String planSymbol;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this day, yyyy-MM-dd (default today).")
    String asOf;

    @Option(names = "--by-unit", description = "One row per target and scoped unit.")
    boolean byUnit;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json.")
    Format format;

    @Override
    public Integer call() {
        LocalDate day = asOf == null ? LocalDate.now(context.clock()) : parse(asOf);
        try (Store store = context.openStore()) {
            Plan plan = store.plans.findBySymbol(planSymbol)
                    .orElseThrow(() -> new UserError(context.messages().get("cli.progress.noPlan", planSymbol)));
            PlanProgress progress = new ProgressEngine(store).evaluate(plan, day);
            ProgressTable table = byUnit ? ProgressTable.byUnit(progress) : ProgressTable.byTarget(progress);
            context.out().print(format == Format.json ? table.json() : table.csv());
            context.out().flush();
            return 0;
        }
    }

    private LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserError(context.messages().get("cli.progress.badDate", text));
        }
    }
}
