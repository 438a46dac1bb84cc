package vn.dxoutreach.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;
import vn.dxoutreach.text.Messages;

/**
 * Says in the user's words what went wrong with a file a command was given: a path that does not
 * exist, a folder where a file was expected, or no permission — instead of a Java stack trace.
 */
public final class FileErrors {

    private FileErrors() {
    }

    /** The message for the first file-system problem in {@code error}'s causes, if there is one. */
    public static Optional<String> describe(Throwable error, Messages messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f) {
                String path = f.getFile() == null ? "" : f.getFile();
                if (f instanceof NoSuchFileException) {
                    // a file written next to its destination first names a folder that is not there
                    Path parent = Path.of(path).toAbsolutePath().getParent();
                    return Optional.of(parent != null && !Files.isDirectory(parent)
                            ? messages.get("cli.file.noFolder", parent) : messages.get("cli.file.missing", path));
                }
                if (f instanceof AccessDeniedException) {
                    return Optional.of(messages.get("cli.file.denied", path));
                }
                if (f instanceof NotDirectoryException) {
                    return Optional.of(messages.get("cli.file.notFolder", path));
                }
                return Optional.of(messages.get("cli.file.other", path));
            }
        }
        return Optional.empty();
    }
}
