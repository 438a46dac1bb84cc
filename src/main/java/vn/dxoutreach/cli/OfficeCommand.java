package vn.dxoutreach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.pkg.OfficeSetup;
import vn.dxoutreach.exchange.pkg.PackageRefused;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * Shows or sets which unit this installation serves; with {@code --from-package}, sets up a new
 * installation from the package its unit above sent down.
 */
@Command(name = "office", description = "Show or set the unit this installation serves.")
public final class OfficeCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Option(names = "--set", paramLabel = "UNIT_CODE", description = "Official code of the office's unit.")
    String unitCode;

    @Option(names = "--from-package", paramLabel = "FILE",
            description = "Set up this new installation from the unit above's package (.dxo); --set names the unit"
                    + " (default: the package's recipient).")
    Path fromPackage;

    @Override
    public Integer call() throws Exception {
        try (Store store = context.openStore(); var writing = store.holdWrites()) {
            Office office = new Office(store);
            if (fromPackage != null) {
                setUp(store);
            } else if (unitCode != null) {
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

    private void setUp(Store store) throws Exception {
        Messages messages = context.messages();
        OfficeSetup setup = new OfficeSetup(store);
        try (ScratchFolder scratch = new ScratchFolder()) {
            OfficeSetup.Offer offer = setup.read(fromPackage, scratch.path());
            String code = unitCode != null ? unitCode : offer.suggested().map(Unit::code)
                    .orElseThrow(() -> new UserError(messages.get("exchange.setup.cli.chooseUnit",
                            offer.candidates().stream().map(Unit::code).collect(Collectors.joining(", ")))));
            setup.setUp(offer, code);
            context.out().println(messages.get("exchange.setup.done", offer.senderName(), offer.count("UNIT"),
                    offer.count("PLAN"), offer.count("TARGET"), offer.count("SLOGAN")));
        } catch (PackageRefused refused) {
            throw new UserError(messages.get(refused.key(), refused.args()));
        }
    }
}
