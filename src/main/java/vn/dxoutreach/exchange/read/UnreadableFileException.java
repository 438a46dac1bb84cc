package vn.dxoutreach.exchange.read;

import java.util.List;

/**
 * A file that cannot be read as a spreadsheet: not one, protected, damaged, a zip bomb, not UTF-8.
 * Carries a bundle key (family {@code i18n/data}) and its arguments for the user's message.
 */
public final class UnreadableFileException extends Exception {

    private final String key;
    private final List<Object> args;

    public UnreadableFileException(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
