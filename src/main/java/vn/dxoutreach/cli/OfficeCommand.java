package vn.dxoutreach.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/** Shows or sets which unit this installation serves. */
@Command(name = "office", description = "Show or set the unit this installation serves.")
public final class OfficeCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Option(names = "--set", paramLabel = "UNIT_CODE", description = "Official code of the office's unit.")
    String unitCode;

    @Override
    public Integer call() {
        try (Store store = context.openStore()) {
            Office office = new Office(store);
            if (unitCode != null) {
                Unit unit = store.units.findByCode(unitCode.strip())
                        .orElseThrow(() -> new UserError(context.messages().get("cli.office.unknownUnit", unitCode)));
                office.set(unit);
            }
            Unit current = office.unit()
                    .orElseThrow(() -> new UserError(context.messages().get("cli.office.notSet")));
            context.out().println(context.messages().get("cli.office.current", current.code(), current.name()));
            return 0;
        }
    }
}
