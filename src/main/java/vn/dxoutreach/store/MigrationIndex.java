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
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__[^/]*\\.sql$");
    private static final Pattern ANY_SCRIPT = Pattern.compile("V(\\d+(?:_\\d+)*)__[^/]*\\.sql$");

    private MigrationIndex() {
    }

    /** The versions of the migration scripts on the class path, as Flyway writes them ("13.1"). */
    static List<String> versions() {
        return List.copyOf(versionNames());
    }

    /** Every script's version as Flyway records it ("12", and "12.1" for V12_1__); empty when unknown. */
    static java.util.Set<String> versionNames() {
        java.util.Set<String> versions = new java.util.HashSet<>();
        for (String name : scriptNames()) {
            Matcher m = ANY_SCRIPT.matcher(name);
            if (m.find()) {
                versions.add(m.group(1).replace('_', '.'));
            }
        }
        return versions;
    }

    /** A statement that makes (1), renames (2 → 3) or drops (4) a table, in the order a script runs them. */
    private static final Pattern TABLE_CHANGE = Pattern.compile(
            "CREATE\\s+(?:VIRTUAL\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[\"`]?(\\w+)"
                    + "|ALTER\\s+TABLE\\s+[\"`]?(\\w+)[\"`]?\\s+RENAME\\s+TO\\s+[\"`]?(\\w+)"
                    + "|DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?[\"`]?(\\w+)", Pattern.CASE_INSENSITIVE);

    /**
     * The tables a database must hold once the scripts of these versions ran, in version order: what
     * they create, less what they drop, renames followed. Versions this build does not carry add nothing.
     */
    static java.util.Set<String> tablesOf(java.util.Collection<String> applied) {
        java.util.Map<String, String> byVersion = new java.util.HashMap<>();
        for (String name : scriptNames()) {
            Matcher m = ANY_SCRIPT.matcher(name);
            if (m.find()) {
                byVersion.put(m.group(1).replace('_', '.'), name.substring(name.lastIndexOf('/') + 1));
            }
        }
        java.util.Set<String> tables = new java.util.HashSet<>();
        applied.stream().filter(byVersion::containsKey)
                .sorted(java.util.Comparator.comparing(v -> java.util.Arrays.stream(v.split("\\."))
                        .mapToInt(Integer::parseInt).toArray(), java.util.Arrays::compare))
                .forEach(version -> {
                    Matcher change = TABLE_CHANGE.matcher(script(byVersion.get(version)));
                    while (change.find()) {
                        if (change.group(1) != null) {
                            tables.add(change.group(1).toLowerCase(java.util.Locale.ROOT));
                        } else if (change.group(2) != null) {
                            tables.remove(change.group(2).toLowerCase(java.util.Locale.ROOT));
                            tables.add(change.group(3).toLowerCase(java.util.Locale.ROOT));
                        } else {
                            tables.remove(change.group(4).toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                });
        tables.add("flyway_schema_history");
        return tables;
    }

    private static String script(String fileName) {
        try (var in = MigrationIndex.class.getClassLoader().getResourceAsStream(FOLDER + "/" + fileName)) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("--[^\n]*", "");
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> names;

    /** The file names in the migration folder (listed once), or one impossible name when they cannot be. */
    private static synchronized List<String> scriptNames() {
        if (names == null) {
            names = List.copyOf(listScripts());
        }
        return names;
    }

    private static List<String> listScripts() {
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
            return names;
        } catch (IOException | URISyntaxException e) {
            // unknown: let Flyway look for itself
            return List.of("V" + Integer.MAX_VALUE + "__unknown.sql");
        }
    }

    /** The newest schema's major version: what packages and backups record. */
    static int newestMajor() {
        return versions().stream().mapToInt(MigrationIndex::major).max().orElse(0);
    }

    private static int major(String version) {
        int dot = version.indexOf('.');
        return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    }
}
