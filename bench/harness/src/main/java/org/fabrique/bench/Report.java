package org.fabrique.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines a run prints, one per figure or scenario, also written with the machine's description to
 * bench/results/&lt;date&gt;-&lt;host&gt;[-&lt;kind&gt;].txt so that the next change can be compared with it.
 */
public final class Report {

    private final String kind;
    private final List<String> lines = new ArrayList<>();
    /** The machine as it was when the run began (the load average then). */
    private final List<String> machine;

    public Report(String kind) {
        this.kind = kind;
        this.machine = machine();
    }

    /** A figure and its baseline, both medians over the same number of runs; ratio = figure / baseline. */
    public void figure(String name, String unit, Samples figure, String baselineName, Samples baseline) {
        String ratio = baseline == null || baseline.isEmpty() || baseline.median() == 0 ? "-"
                : format(figure.median() / baseline.median());
        line(String.format(Locale.ROOT, "%-44s median %9s %-4s min %9s max %9s (n=%d) | baseline %-28s %9s | ratio %s",
                name, format(figure.median()), unit, format(figure.min()), format(figure.max()), figure.count(),
                baselineName, baseline == null || baseline.isEmpty() ? "-" : format(baseline.median()), ratio));
    }

    /** A figure that cannot be measured in this run, with the reason (never a made-up value). */
    public void skipped(String name, String reason) {
        line(String.format(Locale.ROOT, "%-44s %s", name, reason));
    }

    /** A scenario's verdict (PASS, FAIL or SKIPPED ...) and its counts. */
    public void verdict(String name, String verdict, String counts) {
        line(String.format(Locale.ROOT, "%-28s %-8s %s", name, verdict, counts));
    }

    public void line(String line) {
        System.out.println(line);
        System.out.flush();
        lines.add(line);
    }

    public void note(String note) {
        line("  " + note);
    }

    /** Writes the lines into the folder (bench/results for the full commands) and returns the file. */
    public Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(LocalDate.now() + "-" + host() + "-" + kind + ".txt");
        StringBuilder text = new StringBuilder();
        text.append("# Fabrique ").append(kind).append(", ").append(ZonedDateTime.now().withNano(0)).append('\n');
        for (String line : machine) {
            text.append("# ").append(line).append('\n');
        }
        text.append('\n');
        lines.forEach(l -> text.append(l).append('\n'));
        Files.writeString(file, text.toString());
        return file;
    }

    static List<String> machine() {
        List<String> machine = new ArrayList<>();
        machine.add("host: " + host() + ", cores: " + Runtime.getRuntime().availableProcessors() + ", RAM: "
                + memTotal());
        machine.add("OS: " + osName() + " (" + System.getProperty("os.arch") + ", kernel "
                + System.getProperty("os.version") + ")");
        machine.add("JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", Karaf " + Settings.karafVersion() + ", Fabrique " + Settings.fabriqueVersion()
                + ", load average at start " + String.format(Locale.ROOT, "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return machine;
    }

    static String format(double value) {
        double abs = Math.abs(value);
        return String.format(Locale.ROOT, abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "_");
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "unknown";
    }

    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring(12).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // fall back
        }
        return System.getProperty("os.name");
    }
}
