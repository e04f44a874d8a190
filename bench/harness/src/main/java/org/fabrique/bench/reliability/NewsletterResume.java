package org.fabrique.bench.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.fabrique.bench.Http;
import org.fabrique.bench.Modules;
import org.fabrique.bench.NewsletterContract;
import org.fabrique.bench.Options;
import org.fabrique.bench.Platform;
import org.fabrique.bench.Shared;
import org.fabrique.bench.SmtpSink;

/**
 * Scenario 2: SIGKILL during a newsletter send; after restart every recipient is served exactly once, the
 * messages in flight at the kill (SMTP accepted, not yet marked sent: at most batchSize × connections) counted
 * separately. On its own fresh distribution, mail pointed at an SmtpSink, claimSeconds lowered so that the
 * crashed node's claims expire soon after the restart (the same node restarts under a new claim owner).
 */
public final class NewsletterResume implements Scenario {

    static final int RECIPIENTS = 5_000;
    static final int CONNECTIONS = 2;
    static final int BATCH = 50;

    @Override
    public List<String> keys() {
        return List.of("2", "newsletter-resume");
    }

    @Override
    public Verdict run(Options options, Shared shared) throws Exception {
        if (!shared.platform().available(Modules.NEWSLETTER)) {
            return Verdict.skipped(Modules.skipped(Modules.NEWSLETTER));
        }
        List<String> details = new ArrayList<>();
        try (Platform platform = Platform.unpack("reliability-newsletter-resume"); SmtpSink sink = new SmtpSink()) {
            platform.karaf().configure("etc/org.fabrique.mail.cfg", "host", "localhost");
            platform.karaf().configure("etc/org.fabrique.mail.cfg", "port", String.valueOf(sink.port()));
            Map<String, String> newsletter = Map.of("messagesPerSecond", "100000", "connections",
                    String.valueOf(CONNECTIONS), "batchSize", String.valueOf(BATCH), "claimSeconds", "10",
                    "pollMillis", "500");
            newsletter.forEach((key, value) -> {
                try {
                    platform.karaf().configure("etc/org.fabrique.newsletter.cfg", key, value);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            details.add("set etc/org.fabrique.newsletter.cfg " + new java.util.TreeMap<>(newsletter));
            platform.start();
            platform.installAndWait(Modules.NEWSLETTER);
            long list = NewsletterContract.listWithSubscribers(platform, RECIPIENTS);
            long letter = NewsletterContract.send(platform, list);
            // Kill between 20 % and 60 % of the send, at a random point.
            int killAt = (int) (RECIPIENTS * (0.2 + Math.random() * 0.4));
            if (sink.await(killAt, Duration.ofMinutes(10)) < killAt) {
                return Verdict.of(false, "the sink got " + sink.received() + " messages, never " + killAt, details);
            }
            platform.karaf().kill();
            int atKill = sink.received();
            Http.sleep(500);
            int afterKill = sink.received();
            platform.start();
            JsonNode progress = null;
            long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < end) {
                progress = NewsletterContract.progress(platform, letter);
                if (progress.path("queued").asLong() == 0 && progress.path("sending").asLong() == 0) {
                    break;
                }
                Http.sleep(1000);
            }
            Http.sleep(2000);
            Map<String, Integer> received = sink.perRecipient();
            int once = 0, twice = 0, more = 0, missing = 0, strangers = 0;
            for (int i = 0; i < RECIPIENTS; i++) {
                int count = received.getOrDefault(NewsletterContract.email(i), 0);
                if (count == 0) {
                    missing++;
                } else if (count == 1) {
                    once++;
                } else if (count == 2) {
                    twice++;
                } else {
                    more++;
                }
            }
            for (String address : received.keySet()) {
                if (!address.matches("abonne-\\d+@example\\.org")) {
                    strangers += received.get(address);
                }
            }
            int inFlightBound = CONNECTIONS * BATCH;
            boolean pass = missing == 0 && more == 0 && twice <= inFlightBound && progress != null
                    && progress.path("sent").asLong() == RECIPIENTS && progress.path("failed").asLong() == 0;
            String counts = String.format("recipients %d, killed at %d received (%d by 0.5 s later), after restart:"
                    + " served once %d, twice (in flight at the kill) %d (bound batchSize x connections = %d), more "
                    + "than twice %d, never %d, other mail %d; progress %s", RECIPIENTS, atKill, afterKill, once,
                    twice, inFlightBound, more, missing, strangers, progress == null ? "-" : progress.toString()
                            .replaceAll(",\"failures\":\\[\\]", ""));
            return Verdict.of(pass, counts, details);
        }
    }
}
