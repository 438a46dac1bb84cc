package vn.dxoutreach.ui.welcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.pkg.OfficeSetup;
import vn.dxoutreach.exchange.pkg.PackageRefused;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.dashboard.StartChecklistViewModel;

/**
 * "Bắt đầu từ gói dữ liệu của cấp trên…": read the package the unit above sent down, confirm which of
 * its units is this office (the recipient it names at first) and who enters data here, and set up the
 * office from it, its documents headed after its unit until Cài đặt says otherwise.
 */
public final class PackageSetupViewModel {

    private final Store store;
    private final Messages messages;
    private final ObservableList<Unit> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> office = new SimpleObjectProperty<>();
    private final StringProperty recorder = new SimpleStringProperty("");
    private OfficeSetup.Offer offer;

    public PackageSetupViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Reads and checks the package; the refusal to show, or empty when it can set up the office. */
    public Optional<String> read(Path file) throws IOException {
        try {
            offer = new OfficeSetup(store).read(file, Files.createTempDirectory("dxo"));
        } catch (PackageRefused refused) {
            offer = null;
            return Optional.of(messages.get(refused.key(), refused.args()));
        }
        candidates.setAll(offer.candidates());
        office.set(offer.suggested().orElse(null));
        return Optional.empty();
    }

    /** What the package holds, e.g. "Gói dữ liệu của T01 – Tỉnh Thử: 15 đơn vị, 1 kế hoạch…". */
    public String summary() {
        return messages.get("welcome.package.summary", offer.senderCode(), offer.senderName(), offer.count("UNIT"),
                offer.count("PLAN"), offer.count("TARGET"), offer.count("SLOGAN"));
    }

    /** The units of the package that can be this office. */
    public ObservableList<Unit> candidates() {
        return candidates;
    }

    public ObjectProperty<Unit> officeProperty() {
        return office;
    }

    /** "Người nhập liệu": kept with every record entered here, instead of the computer's login name. */
    public StringProperty recorderProperty() {
        return recorder;
    }

    public String unitLabel(Unit unit) {
        return unit == null ? "" : unit.code() + " – " + unit.name();
    }

    /** Sets up the office from the package; the message to show when it cannot, empty when done. */
    public Optional<String> setUp() {
        if (office.get() == null) {
            return Optional.of(messages.get("welcome.package.chooseUnit"));
        }
        if (recorder.get().isBlank()) {
            return Optional.of(messages.get("welcome.package.recorderMissing"));
        }
        try {
            Unit chosen = office.get();
            new OfficeSetup(store).setUp(offer, chosen.code());
            store.db().write(c -> {
                // the heading follows the unit until the office types its own in Cài đặt
                String levelName = store.levels.list().stream().filter(l -> l.level() == chosen.level())
                        .map(LevelName::name).findFirst().orElse("");
                store.settings.putOfficeProfile(new OfficeHeading(messages).profile(chosen.name(), chosen.level(),
                        levelName), recorder.get());
                StartChecklistViewModel.open(store);
                return null;
            });
            return Optional.empty();
        } catch (PackageRefused refused) {
            return Optional.of(messages.get(refused.key(), refused.args()));
        }
    }
}
