package vn.dxoutreach.app;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build. */
public final class AppVersion implements IVersionProvider {

    /** The application version, or "dev" when run from classes. */
    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dx-outreach " + current()};
    }
}
