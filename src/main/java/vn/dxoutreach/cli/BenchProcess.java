package vn.dxoutreach.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts one step of the benchmark ({@code bench --step NAME}) as a fresh JVM with this one's class
 * path and the launchers' memory options, so that its time and peak resident set are its own and not
 * those of the steps before it; returns the figures it printed.
 */
record BenchProcess(Path dataDir, LocalDate until, int runs) {

    /** The application's entry point (in the layer above this one, hence named, not referenced). */
    static final String MAIN_CLASS = "vn.dxoutreach.Launcher";

    /** The command line that runs a step. */
    List<String> command(String step) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(LauncherJvm.OPTIONS);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(MAIN_CLASS, "--data-dir", dataDir.toString(), "bench", "--step", step,
                "--runs", Integer.toString(runs), "--until", until.toString()));
        return command;
    }

    /** Runs the step; its figures by key. A step that fails or prints none is an error that shows its output. */
    Map<String, BenchFigure> run(String step) {
        try {
            Process process = new ProcessBuilder(command(step)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            Map<String, BenchFigure> figures = figures(output);
            if (exit != 0 || figures.isEmpty()) {
                throw new IllegalStateException("benchmark step " + step + " failed (exit " + exit + "):\n" + output);
            }
            return figures;
        } catch (IOException e) {
            throw new IllegalStateException("benchmark step " + step + " could not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }

    /** The figures among a step's output lines, by key. */
    static Map<String, BenchFigure> figures(String output) {
        Map<String, BenchFigure> figures = new LinkedHashMap<>();
        for (String line : output.split("\\R")) {
            BenchFigure.parse(line).ifPresent(f -> figures.put(f.key(), f));
        }
        return figures;
    }
}
