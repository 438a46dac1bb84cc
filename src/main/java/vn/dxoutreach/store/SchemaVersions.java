package vn.dxoutreach.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the schema history a database carries against the migrations of this build: a version this
 * build does not have and that lies above its newest was written by a newer application; one that is
 * not a version at all, or lies below the newest without being ours, means the file is not what this
 * application wrote.
 */
final class SchemaVersions {

    /** What a history says. */
    enum Verdict { USABLE, NEWER, DAMAGED }

    private static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,3}");
    private static final Comparator<String> ORDER = Comparator.comparing(SchemaVersions::parts, Arrays::compare);

    private SchemaVersions() {
    }

    /** Whether {@code version} reads as Flyway writes versions (1, 12, 12.1). */
    static boolean valid(String version) {
        return version != null && VERSION.matcher(version).matches();
    }

    /** The newest of some valid versions, "0" when there is none. */
    static String newest(Collection<String> versions) {
        return versions.stream().filter(SchemaVersions::valid).max(ORDER).orElse("0");
    }

    /** What the applied versions of a history say, given the versions this build carries. */
    static Verdict judge(Collection<String> applied, Set<String> known) {
        String newestKnown = newest(known);
        Verdict verdict = Verdict.USABLE;
        for (String version : applied) {
            if (!valid(version)) {
                return Verdict.DAMAGED;
            }
            if (!known.contains(version)) {
                if (ORDER.compare(version, newestKnown) > 0) {
                    verdict = Verdict.NEWER;
                } else {
                    return Verdict.DAMAGED;
                }
            }
        }
        return verdict;
    }

    private static int[] parts(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
