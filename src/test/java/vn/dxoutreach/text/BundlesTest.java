package vn.dxoutreach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Vietnamese and English texts must have the same keys, and every key must be used. */
class BundlesTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        for (String family : Messages.FAMILIES) {
            Set<String> vi = keys(family + ".properties");
            Set<String> en = keys(family + "_en.properties");
            assertThat(difference(vi, en)).as("in %s but not in English", family).isEmpty();
            assertThat(difference(en, vi)).as("in %s English but not in Vietnamese", family).isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedInTwoFamilies() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String family : Messages.FAMILIES) {
            for (String key : keys(family + ".properties")) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).as("keys defined in more than one bundle family").isEmpty();
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(BundlesTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (String family : Messages.FAMILIES) {
            for (String key : keys(family + ".properties")) {
                if (!sources.contains("\"" + key + "\"") && !isEnumLabel(key)) {
                    unused.add(key);
                }
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void vietnameseIsTheDefault() {
        assertThat(Messages.vietnamese().get("app.title")).isEqualTo("Theo dõi truyền thông chuyển đổi số");
        assertThat(Messages.forLanguage("en").get("app.title")).doesNotContain("chuyển đổi số");
    }

    /** enum.Type.NAME keys are read through Messages.label for constants that exist. */
    private static boolean isEnumLabel(String key) {
        String[] parts = key.split("\\.");
        if (parts.length != 3 || !parts[0].equals("enum")) {
            return false;
        }
        for (String layer : new String[] {"domain", "progress", "report", "exchange", "exchange.reporting", "ui"}) {
            try {
                Class<?> type = Class.forName("vn.dxoutreach." + layer + "." + parts[1]);
                if (type.isEnum() && Stream.of(type.getEnumConstants())
                        .anyMatch(c -> ((Enum<?>) c).name().equals(parts[2]))) {
                    return true;
                }
            } catch (ClassNotFoundException e) {
                // not in this layer; try the next
            }
        }
        return false;
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new HashSet<>(a);
        result.removeAll(b);
        return new TreeSet<>(result);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
