package vn.dxoutreach.ui.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.exchange.pkg.ConflictChoices;
import vn.dxoutreach.exchange.pkg.MergePreview;
import vn.dxoutreach.exchange.pkg.PackageMerger;
import vn.dxoutreach.exchange.pkg.PackageRefused;
import vn.dxoutreach.exchange.pkg.PackageWriter;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/** Trao đổi dữ liệu: sending packages to the units above and below, receiving theirs. */
final class ExchangeViewModel {

    private final Store store;
    private final String appVersion;

    ExchangeViewModel(Store store, String appVersion) {
        this.store = store;
        this.appVersion = appVersion;
    }

    /** Whom the office sends to: the units above it, then the units directly below it. */
    List<Unit> recipients() {
        UnitTree tree = store.units.tree();
        List<Unit> result = new ArrayList<>();
        office().ifPresent(office -> {
            Unit current = office;
            while (current.parentId() != null && tree.get(current.parentId()).isPresent()) {
                current = tree.get(current.parentId()).get();
                result.add(current);
            }
            result.addAll(tree.children(office.id()));
        });
        return result;
    }

    PackageWriter.Summary send(Unit recipient, LocalDate since, Path file) throws IOException {
        Unit office = office().orElseThrow();
        return new PackageWriter(store, appVersion).write(office, recipient, since, file);
    }

    MergePreview preview(Path file) throws PackageRefused, IOException {
        return new PackageMerger(store).preview(file, Files.createTempDirectory("dxo"));
    }

    /** Merges the package, each conflict keeping the version chosen for it. */
    void receive(MergePreview preview, ConflictChoices choices) throws IOException {
        new PackageMerger(store).apply(preview, choices);
    }

    /** Packages received, newest first. */
    List<ReceivedPackage> received() {
        List<ReceivedPackage> packages = new ArrayList<>(store.exchange.received());
        java.util.Collections.reverse(packages);
        return packages;
    }

    String unitName(java.util.UUID id) {
        return store.units.tree().get(id).map(u -> u.code() + " – " + u.name()).orElse(id.toString());
    }

    private java.util.Optional<Unit> office() {
        return new Office(store).unit();
    }
}
