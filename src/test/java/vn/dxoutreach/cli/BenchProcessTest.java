package vn.dxoutreach.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchProcessTest {

    private final List<String> command = new BenchProcess(Path.of("/data"), LocalDate.of(2026, 11, 22), 7)
            .command("export");

    @Test
    void aStepStartsWithTheLaunchersMemoryOptionsBeforeItsMainClass() {
        int main = command.indexOf(BenchProcess.MAIN_CLASS);
        assertTrue(main > 0);
        for (String option : LauncherJvm.OPTIONS) {
            int at = command.indexOf(option);
            assertTrue(at > 0 && at < main, option + " in " + command);
        }
    }

    @Test
    void aStepRunsTheNamedStepOnTheSameDataAndClassPath() {
        assertEquals(System.getProperty("java.class.path"), command.get(command.indexOf("-cp") + 1));
        assertEquals(List.of("--data-dir", "/data", "bench", "--step", "export", "--runs", "7", "--until",
                "2026-11-22"), command.subList(command.indexOf(BenchProcess.MAIN_CLASS) + 1, command.size()));
    }

    @Test
    void theMainClassNamedIsTheApplicationsEntryPoint() {
        assertDoesNotThrow(() -> Class.forName(BenchProcess.MAIN_CLASS).getMethod("main", String[].class));
    }
}
