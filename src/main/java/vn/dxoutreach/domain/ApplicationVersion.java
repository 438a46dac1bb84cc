package vn.dxoutreach.domain;

/** The version of this build, as the jar's manifest records it; "dev" when run from classes. */
public final class ApplicationVersion {

    private ApplicationVersion() {
    }

    public static String current() {
        String version = ApplicationVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
