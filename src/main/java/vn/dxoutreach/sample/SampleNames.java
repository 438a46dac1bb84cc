package vn.dxoutreach.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The fictional names of the sample data, from {@code sample/sample-district.properties}. */
final class SampleNames {

    private final Properties names = new Properties();

    SampleNames() {
        try (InputStream in = SampleNames.class.getResourceAsStream("/sample/sample-district.properties")) {
            if (in == null) {
                throw new IllegalStateException("sample/sample-district.properties is missing");
            }
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(String key, Object... args) {
        String text = names.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No sample name " + key);
        }
        return args.length == 0 ? text : MessageFormat.format(text, args);
    }

    List<String> list(String key) {
        return Arrays.asList(get(key).split(";", -1));
    }
}
