package vn.dxoutreach.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for a package's unpacked files, removed with everything in it when closed. */
final class ScratchFolder implements AutoCloseable {

    private final Path path;

    ScratchFolder() throws IOException {
        path = Files.createTempDirectory("dxo");
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
