package vn.dxoutreach.exchange.pkg;

/** A package that is not taken, whole: the reason as a bundle key with its arguments. */
public final class PackageRefused extends Exception {

    private final String key;
    private final transient Object[] args;

    PackageRefused(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    /** The bundle key of the reason, e.g. {@code exchange.refused.tampered}. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
