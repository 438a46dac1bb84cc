package vn.dxoutreach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The texts speak to a clerk: dates as ngày/tháng/năm, one spelling of "Xóa". */
class BundleWordingTest {

    @Test
    void noTextShowsADatePatternForProgrammers() throws IOException {
        assertThat(textsContaining("dd/MM", "dd/mm", "yyyy")).isEmpty();
    }

    @Test
    void deleteIsAlwaysSpelledXoa() throws IOException {
        assertThat(textsContaining("Xoá", "xoá")).isEmpty();
    }

    private static List<String> textsContaining(String... words) throws IOException {
        List<String> found = new ArrayList<>();
        for (String family : Messages.FAMILIES) {
            for (String resource : List.of(family + ".properties", family + "_en.properties")) {
                Properties texts = new Properties();
                try (InputStream in = BundleWordingTest.class.getClassLoader().getResourceAsStream(resource)) {
                    texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : texts.stringPropertyNames()) {
                    for (String word : words) {
                        if (texts.getProperty(key).contains(word)) {
                            found.add(resource + ": " + key + "=" + texts.getProperty(key));
                        }
                    }
                }
            }
        }
        return found;
    }
}
