package vn.dxoutreach.exchange.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The office H01 (Huyện Thử) with its commune X01 (Xã An), and CSV files written for it to import. */
final class DistrictImport implements AutoCloseable {

    final Store store;
    final Unit district;
    final Importer importer;
    private final Path folder;

    DistrictImport(Path folder) {
        this.folder = folder;
        store = StoreFixture.open(folder.resolve("data"));
        district = StoreFixture.unit(store, "H01", "Huyện Thử", 2, null);
        StoreFixture.unit(store, "X01", "Xã An", 3, district);
        new Office(store).set(district);
        importer = new Importer(store, Messages.vietnamese());
    }

    /** A UTF-8 CSV file (with the BOM Excel writes) of that name, in a folder of its own. */
    Path csv(String name, String content) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(String.valueOf(System.nanoTime())));
        return Files.writeString(dir.resolve(name), "\uFEFF" + content, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        store.close();
    }
}
