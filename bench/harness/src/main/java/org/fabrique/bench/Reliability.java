package org.fabrique.bench;

import java.nio.file.Path;
import java.util.List;

import org.fabrique.bench.reliability.Durability;
import org.fabrique.bench.reliability.HostileInput;
import org.fabrique.bench.reliability.Leaks;
import org.fabrique.bench.reliability.LiveRedeploy;
import org.fabrique.bench.reliability.NewsletterResume;
import org.fabrique.bench.reliability.Permissions;
import org.fabrique.bench.reliability.Scenario;

/**
 * bench/reliability: every scenario ends with a verdict (PASS, FAIL, SKIPPED) and its counts; exits 1 if one
 * FAILs (or breaks). bench.short runs the short versions of 1, 3 and 5 only, for .ci/run.
 */
public final class Reliability {

    private Reliability() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.fromSystem();
        Report report = new Report(options.brief() ? "reliability-short" : "reliability");
        Report.machine().forEach(machine -> System.out.println("# " + machine));
        List<Scenario> scenarios = List.of(new Durability(), new NewsletterResume(), new LiveRedeploy(),
                new Leaks(), new HostileInput(), new Permissions());
        boolean failed = false;
        try (Shared shared = new Shared("reliability-shared")) {
            for (Scenario scenario : scenarios) {
                if (options.brief() && !scenario.inShortRun() || !options.selected(scenario.keys())) {
                    continue;
                }
                long start = System.nanoTime();
                try {
                    Scenario.Verdict verdict = scenario.run(options, shared);
                    report.verdict(scenario.keys().get(1), verdict.verdict(), verdict.counts()
                            + String.format(java.util.Locale.ROOT, " (%.0f s)", (System.nanoTime() - start) / 1e9));
                    verdict.details().forEach(report::note);
                    failed |= verdict.failed();
                } catch (Exception | Error e) {
                    e.printStackTrace();
                    report.verdict(scenario.keys().get(1), "FAIL", "broke: " + e);
                    failed = true;
                }
            }
        }
        Path file = report.write(options.brief() ? Settings.runs().resolveSibling("results") : Settings.results());
        System.out.println("written to " + file);
        System.exit(failed ? 1 : 0);
    }
}
