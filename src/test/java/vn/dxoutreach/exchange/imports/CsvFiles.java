package vn.dxoutreach.exchange.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CSV files as offices save them from Excel (UTF-8 with a byte-order mark), each in a folder of its own. */
final class CsvFiles {

    private CsvFiles() {
    }

    static Path write(Path folder, String name, String text) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(String.valueOf(System.nanoTime())));
        return Files.writeString(dir.resolve(name), "\uFEFF" + text, StandardCharsets.UTF_8);
    }
}
