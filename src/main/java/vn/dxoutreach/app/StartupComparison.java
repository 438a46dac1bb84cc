package vn.dxoutreach.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.ui.HelloWindow;

/**
 * {@code smoke --compare}: starts {@code smoke} and the ten-line {@link HelloWindow} as fresh JVMs with
 * this one's class path and options, in turns (so a busy moment of the machine falls on both), and
 * prints each figure's median and the ratios to hello.
 */
final class StartupComparison {

    private static final Pattern FIGURE = Pattern.compile("^([a-z-]+-ms)=(\\d+)$");

    private final DataFolder folder;
    private final PrintWriter out;

    StartupComparison(DataFolder folder, PrintWriter out) {
        this.folder = folder;
        this.out = out;
    }

    int run(int runs) throws IOException, InterruptedException {
        Map<String, List<Long>> figures = new TreeMap<>();
        for (int i = 0; i < runs; i++) {
            collect(start(List.of(HelloWindow.class.getName())), figures);
            collect(start(List.of(vn.dxoutreach.Launcher.class.getName(), "--data-dir",
                    folder.root().toString(), "smoke")), figures);
        }
        if (!figures.containsKey("hello-ms") || !figures.containsKey("first-screen-ms")) {
            out.println("smoke --compare: a start printed no time " + figures.keySet());
            return 1;
        }
        long hello = median(figures.get("hello-ms"));
        for (var figure : figures.entrySet()) {
            long median = median(figure.getValue());
            out.printf("%s median=%d runs=%s%s%n", figure.getKey(), median, figure.getValue(),
                    figure.getKey().equals("hello-ms") ? "" : String.format(" ratio-to-hello=%.2f", (double) median / hello));
        }
        return 0;
    }

    private static List<String> start(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return Arrays.asList(output.split("\\R"));
    }

    private static void collect(List<String> lines, Map<String, List<Long>> figures) {
        for (String line : lines) {
            Matcher m = FIGURE.matcher(line.trim());
            if (m.matches()) {
                figures.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Long.parseLong(m.group(2)));
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
