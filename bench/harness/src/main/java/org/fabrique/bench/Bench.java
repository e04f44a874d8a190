package org.fabrique.bench;

import java.nio.file.Path;
import java.util.List;

import org.fabrique.bench.figures.AgendaThroughput;
import org.fabrique.bench.figures.Figure;
import org.fabrique.bench.figures.LiveInstall;
import org.fabrique.bench.figures.NewsletterSend;
import org.fabrique.bench.figures.StartAndMemory;
import org.fabrique.bench.figures.WeekQueryGrowth;

/**
 * bench/run: every figure with its baseline measured in the same run, one line each, written to bench/results.
 * Options (system properties): bench.runs (measured runs after one warm-up, default 5), bench.module (the module
 * of the live install figure, default hello), bench.only (comma-separated figure numbers, e.g. 1,2,6).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.fromSystem();
        Report report = new Report("bench");
        Report.machine().forEach(machine -> System.out.println("# " + machine));
        List<Figure> figures = List.of(new StartAndMemory(), new LiveInstall(), new AgendaThroughput(),
                new WeekQueryGrowth(), new NewsletterSend());
        try (Shared shared = new Shared("bench-shared")) {
            for (Figure figure : figures) {
                if (!options.selected(figure.numbers())) {
                    continue;
                }
                try {
                    figure.run(options, shared, report);
                } catch (Exception | Error e) {
                    report.skipped(figure.getClass().getSimpleName(), "ERROR " + e);
                    e.printStackTrace();
                }
            }
        }
        Path file = report.write(Settings.results());
        System.out.println("written to " + file);
    }
}
