package vn.dxoutreach.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema versions this build carries ({@code db/migration/V<n>__*.sql}, and {@code V<n>_<m>__*.sql}
 * for a second script of a version), as Flyway records them: "13", "13.1". Starting Flyway costs a
 * few hundred milliseconds, so the database is only handed to it when a version is missing.
 */
final class MigrationIndex {

    private static final String FOLDER = "db/migration";
    /** A version no database has, so that Flyway is asked. */
    private static final String UNKNOWN = "unknown";
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql$");

    private MigrationIndex() {
    }

    /** The versions of the migration scripts on the class path, as Flyway writes them ("13.1"). */
    static List<String> versions() {
        URL url = MigrationIndex.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            List<String> names = new ArrayList<>();
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(FOLDER + "/")).forEach(names::add);
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).forEach(names::add);
                }
            }
            List<String> versions = new ArrayList<>();
            for (String name : names) {
                Matcher m = SCRIPT.matcher(name);
                if (m.find()) {
                    versions.add(m.group(1).replace('_', '.'));
                }
            }
            return versions;
        } catch (IOException | URISyntaxException e) {
            // unknown: let Flyway look for itself
            return List.of(UNKNOWN);
        }
    }

    /** The newest schema's major version: what packages and backups record. */
    static int newestMajor() {
        return versions().stream().filter(v -> !v.equals(UNKNOWN)).mapToInt(MigrationIndex::major).max().orElse(0);
    }

    private static int major(String version) {
        int dot = version.indexOf('.');
        return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    }
}
