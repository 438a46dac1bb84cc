package vn.dxoutreach.app;

import picocli.CommandLine.IVersionProvider;
import vn.dxoutreach.domain.ApplicationVersion;

/** The version written into the jar's manifest by the build. */
public final class AppVersion implements IVersionProvider {

    /** The application version, or "dev" when run from classes. */
    public static String current() {
        return ApplicationVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dx-outreach " + current()};
    }
}
