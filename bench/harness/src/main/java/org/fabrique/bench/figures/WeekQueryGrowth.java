package org.fabrique.bench.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fabrique.bench.Modules;
import org.fabrique.bench.Options;
import org.fabrique.bench.Report;
import org.fabrique.bench.Samples;
import org.fabrique.bench.Settings;
import org.fabrique.bench.Shared;

/**
 * Figure 4: the week query as the data grows, 1 000 → 10 000 → 100 000 events, measured in-process in a child
 * plain JVM (bench/week-query: the agenda's own Feeds/Events/Occurrences/Agenda over an in-memory Derby migrated
 * by its real change log, the first 1 000 events through the real feed import, the rest copied in SQL). The
 * baseline of each size is the 1 000-event median: the ratio is the growth. The Derby plan of the query's SQL
 * at 100 000 events is summarised in a note (which index drives the join).
 */
public final class WeekQueryGrowth implements Figure {

    @Override
    public List<String> numbers() {
        return List.of("4");
    }

    @Override
    public void run(Options options, Shared shared, Report report) throws Exception {
        Path module = Settings.root().resolve("bench/week-query/target");
        if (!Files.isDirectory(module.resolve("lib"))) {
            report.skipped("4 week query at 1k/10k/100k events", Modules.skipped(Modules.AGENDA)
                    + " (bench/week-query not built)");
            return;
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaBin, "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dderby.stream.error.file=" + module.resolve("derby.log"), "-cp",
                module.resolve("classes") + java.io.File.pathSeparator + module.resolve("lib") + "/*",
                "org.fabrique.bench.weekquery.WeekQuery", String.valueOf(Math.max(5, options.runs() + 2)))
                .redirectErrorStream(true).start();
        List<String[]> sizes = new ArrayList<>();
        List<String> plan = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("size ")) {
                    sizes.add(line.substring(5).trim().split(" "));
                } else if (line.startsWith("plan ")) {
                    plan.add(line.substring(5).trim());
                } else if (other.length() < 4000) {
                    other.append(line).append('\n');
                }
            }
        }
        if (process.waitFor() != 0 || sizes.isEmpty()) {
            throw new IOException("bench/week-query failed (" + process.exitValue() + "): " + other);
        }
        // Each line: events, occurrences, rows in the week, then the time of each run after the warm-up (ms).
        Samples base = null;
        for (String[] size : sizes) {
            Samples figure = new Samples();
            for (int i = 3; i < size.length; i++) {
                figure.add(Double.parseDouble(size[i]));
            }
            if (base == null) {
                base = figure;
            }
            report.figure(String.format(Locale.ROOT, "4 week query, %s events (%s occ., %s in week)", size[0],
                    size[1], size[2]), "ms", figure, "1 000 events", base);
        }
        report.note("4 plan at 100 000 events: " + summary(plan));
    }

    /** The result sets and the indexes Derby chose, one line. */
    static String summary(List<String> plan) {
        StringBuilder summary = new StringBuilder();
        for (String line : plan) {
            if (line.endsWith("ResultSet:") || line.contains(" using ") || line.startsWith("Number of opens")
                    || line.startsWith("Number of rows visited")) {
                summary.append(summary.length() == 0 ? "" : " | ").append(line.replaceAll(
                        " at read committed isolation level using instantaneous share row locking chosen by the "
                                + "optimizer", ""));
            }
        }
        return summary.toString();
    }
}
