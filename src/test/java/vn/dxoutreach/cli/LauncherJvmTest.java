package vn.dxoutreach.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LauncherJvmTest {

    @ParameterizedTest
    @ValueSource(strings = {"pom.xml", "installer/common.sh", "installer/build-windows.ps1"})
    void everyLauncherStartsWithTheOptionsTheBenchmarkMeasuresWith(String launcher) throws IOException {
        String text = Files.readString(Path.of(launcher));
        for (String option : LauncherJvm.OPTIONS) {
            assertTrue(text.contains(option), launcher + " lacks " + option);
        }
    }
}
