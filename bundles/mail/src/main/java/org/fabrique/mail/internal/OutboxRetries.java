package org.fabrique.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link OutboxWorker} every {@code retryIntervalSeconds} on one thread of its own, from
 * activation to deactivation.
 */
@Component(service = {}, immediate = true, configurationPid = MailConfig.PID)
public class OutboxRetries {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRetries.class);
    /** Never shorter than this, whatever the time-outs. */
    private static final Duration SHORTEST_CLAIM = Duration.ofMinutes(5);

    private final ScheduledExecutorService scheduler;

    @Activate
    public OutboxRetries(@Reference Outbox outbox, MailConfig config) {
        if (config.retryIntervalSeconds() < 1) {
            throw new IllegalArgumentException("retryIntervalSeconds must be positive, not "
                    + config.retryIntervalSeconds());
        }
        SmtpSettings settings = SmtpSettings.from(config);
        OutboxWorker worker = new OutboxWorker(outbox, new SmtpTransport(settings, Clock.systemUTC()),
                RetryPolicy.from(config), Clock.systemUTC(), claimFor(settings));
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "fabrique-mail-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.retryIntervalSeconds();
        scheduler.scheduleWithFixedDelay(worker::runSafely, interval, interval, TimeUnit.SECONDS);
    }

    /** Long enough for a send that meets every time-out: connecting, then a few slow answers. */
    static Duration claimFor(SmtpSettings settings) {
        Duration send = Duration.ofMillis(settings.connectTimeoutMillis() + 10L * settings.timeoutMillis());
        return send.compareTo(SHORTEST_CLAIM) > 0 ? send : SHORTEST_CLAIM;
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The outbox thread did not stop within 10 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
