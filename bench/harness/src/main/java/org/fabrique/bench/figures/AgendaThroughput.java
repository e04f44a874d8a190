package org.fabrique.bench.figures;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fabrique.bench.AgendaContract;
import org.fabrique.bench.Http.Reply;
import org.fabrique.bench.Load;
import org.fabrique.bench.Modules;
import org.fabrique.bench.Options;
import org.fabrique.bench.Platform;
import org.fabrique.bench.Report;
import org.fabrique.bench.Samples;
import org.fabrique.bench.Shared;

/**
 * Figure 3: GET of an agenda week (JSON) and of the full ICS feed with 10 000 events stored, 50 concurrent
 * clients (closed loop, Java client), throughput and p50/p99; baseline: the very bytes of that answer, PUT once
 * to the echo servlet and served from memory by the same Jetty, under the same load.
 */
public final class AgendaThroughput implements Figure {

    static final int EVENTS = 10_000;
    static final int CLIENTS = 50;
    static final Duration WARM_UP = Duration.ofSeconds(5);
    static final Duration RUN = Duration.ofSeconds(10);

    @Override
    public List<String> numbers() {
        return List.of("3");
    }

    @Override
    public void run(Options options, Shared shared, Report report) throws Exception {
        Platform platform = shared.platform();
        if (!platform.installedModules().contains(Modules.AGENDA)) {
            report.skipped("3 agenda week JSON, 50 clients", Modules.skipped(Modules.AGENDA));
            report.skipped("3 agenda feed.ics, 50 clients", Modules.skipped(Modules.AGENDA) + " | "
                    + baselineOnly(platform));
            return;
        }
        double seeded = AgendaContract.seed(platform, EVENTS);
        report.note(String.format(java.util.Locale.ROOT, "3 seeded %d events (a quarter weekly, 10 times) through "
                + "one feed import in %.1f s", EVENTS, seeded));
        int runs = Math.max(1, Math.min(options.runs(), 3));
        measure(platform, report, "3 agenda week JSON", AgendaContract.WEEK_JSON, runs);
        measure(platform, report, "3 agenda week page", AgendaContract.WEEK_PAGE, runs);
        measure(platform, report, "3 agenda feed.ics", AgendaContract.FEED_ICS, runs);
    }

    /** Without the agenda: the baseline alone, a generated 10 000-event ICS served from memory, same load. */
    private static String baselineOnly(Platform platform) throws InterruptedException {
        String ics = AgendaContract.ics(EVENTS);
        Reply stored = platform.http().send("PUT", "/bench/echo", Map.of(), ics, "text/calendar; charset=utf-8",
                Duration.ofSeconds(30));
        if (stored.status() != 204) {
            throw new IllegalStateException("echo: " + stored);
        }
        String echo = platform.http().origin() + "/bench/echo";
        Load.run(echo, CLIENTS, WARM_UP);
        Load.Result result = Load.run(echo, CLIENTS, RUN);
        return String.format(java.util.Locale.ROOT, "baseline only: generated %d-event ICS (%d KiB) from memory, "
                + "%.0f r/s, p50 %.1f ms, p99 %.1f ms, %d errors", EVENTS, ics.length() / 1024, result.perSecond(),
                result.p50Millis(), result.p99Millis(), result.errors());
    }

    private static void measure(Platform platform, Report report, String name, String path, int runs)
            throws InterruptedException {
        Reply real = platform.http().get(path, null);
        if (real.status() != 200) {
            throw new IllegalStateException(path + ": " + real);
        }
        Reply stored = platform.http().send("PUT", "/bench/echo", Map.of(), real.body(), real.contentType(),
                Duration.ofSeconds(30));
        if (stored.status() != 204) {
            throw new IllegalStateException("echo: " + stored);
        }
        String url = platform.http().origin() + path;
        String echo = platform.http().origin() + "/bench/echo";
        Samples rate = new Samples(), p50 = new Samples(), p99 = new Samples();
        Samples echoRate = new Samples(), echoP50 = new Samples(), echoP99 = new Samples();
        Load.run(url, CLIENTS, WARM_UP);
        Load.run(echo, CLIENTS, WARM_UP);
        long errors = 0;
        for (int run = 0; run < runs; run++) {
            Load.Result result = Load.run(url, CLIENTS, RUN);
            Load.Result baseline = Load.run(echo, CLIENTS, RUN);
            errors += result.errors() + baseline.errors();
            rate.add(result.perSecond());
            p50.add(result.p50Millis());
            p99.add(result.p99Millis());
            echoRate.add(baseline.perSecond());
            echoP50.add(baseline.p50Millis());
            echoP99.add(baseline.p99Millis());
        }
        String size = " (" + real.body().length() / 1024 + " KiB)";
        report.figure(name + size + " throughput", "r/s", rate, "same bytes from memory", echoRate);
        report.figure(name + " p50", "ms", p50, "same bytes from memory", echoP50);
        report.figure(name + " p99", "ms", p99, "same bytes from memory", echoP99);
        if (errors > 0) {
            report.note(name + ": " + errors + " non-200 answers or failures under load");
        }
    }
}
