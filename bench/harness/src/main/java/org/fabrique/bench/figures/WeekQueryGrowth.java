package org.fabrique.bench.figures;

import java.util.List;

import org.fabrique.bench.Modules;
import org.fabrique.bench.Options;
import org.fabrique.bench.Report;
import org.fabrique.bench.Shared;

/**
 * Figure 4: the week query as the data grows, 1 000 → 10 000 → 100 000 events.
 * <p>
 * TODO(lead, when fabrique-agenda lands): measure in-process, in a plain JVM, against an embedded Derby
 * (fabrique-testing's TestDatabase) through the agenda's own repository classes, as its unit tests build them:
 * seed n events in batches, warm up, then the median/min/max of the week query for WEEK at each n; the baseline
 * is the 1 000-event median (the ratio shows the growth). Needs the agenda's artifact on the harness class path.
 * Until it is written this prints SKIPPED, never a number.
 */
public final class WeekQueryGrowth implements Figure {

    @Override
    public List<String> numbers() {
        return List.of("4");
    }

    @Override
    public void run(Options options, Shared shared, Report report) throws Exception {
        boolean present = shared.platform().available(Modules.AGENDA);
        report.skipped("4 week query at 1k/10k/100k events", present
                ? "SKIPPED (not written yet: TODO in WeekQueryGrowth, needs the agenda's repository classes)"
                : Modules.skipped(Modules.AGENDA));
    }
}
