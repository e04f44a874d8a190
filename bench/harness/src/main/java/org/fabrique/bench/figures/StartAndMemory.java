package org.fabrique.bench.figures;

import java.time.Duration;
import java.util.List;

import org.fabrique.bench.Http;
import org.fabrique.bench.Http.Reply;
import org.fabrique.bench.Karaf;
import org.fabrique.bench.Options;
import org.fabrique.bench.Platform;
import org.fabrique.bench.Report;
import org.fabrique.bench.Settings;
import org.fabrique.bench.Shared;

/**
 * Figures 1 and 6, measured in the same runs. (1) From launching bin/karaf to the first 200 of /api/health
 * with every module of the distribution installed and counted by it, against the bare Karaf (http feature only)
 * to the first HTTP answer of its Jetty (nothing is registered there, so that answer is a 404: the point is
 * that Jetty serves). (6) The RSS of the Karaf JVM after 15 s idle, same runs, same heap options.
 */
public final class StartAndMemory implements Figure {

    private static final Duration IDLE = Duration.ofSeconds(15);

    @Override
    public List<String> numbers() {
        return List.of("1", "6");
    }

    @Override
    public void run(Options options, Shared shared, Report report) throws Exception {
        org.fabrique.bench.Samples fullStart = new org.fabrique.bench.Samples();
        org.fabrique.bench.Samples fullRss = new org.fabrique.bench.Samples();
        List<String> modules;
        try (Platform platform = Platform.unpack("bench-start-full")) {
            platform.start();
            modules = platform.installAll();
            platform.stop();
            for (int run = 0; run <= options.runs(); run++) {
                long launched = platform.karaf().launch(Platform.ADMIN_EMAIL, Platform.ADMIN_PASSWORD);
                awaitReady(platform.http(), modules.size());
                double seconds = (System.nanoTime() - launched) / 1e9;
                Http.sleep(IDLE.toMillis());
                long rss = platform.karaf().rssKib();
                platform.stop();
                if (run > 0) {
                    fullStart.add(seconds);
                    fullRss.add(rss / 1024.0);
                }
            }
        }
        org.fabrique.bench.Samples bareStart = new org.fabrique.bench.Samples();
        org.fabrique.bench.Samples bareRss = new org.fabrique.bench.Samples();
        try (Karaf bare = Karaf.unpack("bench-start-bare", Settings.bareKaraf())) {
            Http http = new Http(bare.url(""));
            for (int run = 0; run <= options.runs(); run++) {
                long launched = bare.launch(null, null);
                long end = launched + Platform.START.toNanos();
                Reply reply;
                do {
                    reply = http.send("GET", "/", java.util.Map.of(), null, null, Duration.ofSeconds(5));
                    if (reply.status() == -1) {
                        Http.sleep(50);
                    }
                } while (reply.status() == -1 && System.nanoTime() < end);
                if (reply.status() == -1) {
                    throw new IllegalStateException("bare Karaf's Jetty never answered\n" + bare.logTail(30));
                }
                double seconds = (System.nanoTime() - launched) / 1e9;
                Http.sleep(IDLE.toMillis());
                long rss = bare.rssKib();
                bare.stop();
                if (run > 0) {
                    bareStart.add(seconds);
                    bareRss.add(rss / 1024.0);
                }
            }
        }
        String all = "modules " + String.join(",", modules);
        report.figure("1 start to first 200 (" + all + ")", "s", fullStart, "bare Karaf http, 1st answer", bareStart);
        report.figure("6 idle RSS after 15 s (" + all + ")", "MiB", fullRss, "bare Karaf http", bareRss);
    }

    /** /api/health 200 and counting every installed module. */
    private static void awaitReady(Http http, int modules) {
        long end = System.nanoTime() + Platform.START.toNanos();
        Reply reply;
        do {
            reply = http.send("GET", "/api/health", java.util.Map.of(), null, null, Duration.ofSeconds(5));
            if (reply.status() == 200 && reply.json().path("modules").asInt() == modules) {
                return;
            }
            Http.sleep(50);
        } while (System.nanoTime() < end);
        throw new IllegalStateException("not ready within " + Platform.START + ": " + reply);
    }
}
