package org.fabrique.agenda.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fabrique.core.Conflict;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agenda's background work: every minute, the feeds whose interval has passed are imported
 * (each claimed first, so that several nodes share the work without doing it twice); every six
 * hours, the occurrence index of recurring events is extended to the horizon.
 */
@Component(service = AgendaScheduler.class, immediate = true, configurationPid = AgendaConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AgendaConfig.class)
public class AgendaScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaScheduler.class);

    private final ScheduledExecutorService executor;

    @Activate
    public AgendaScheduler(@Reference Feeds feeds, @Reference Events events, AgendaConfig config) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fabrique-agenda-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        if (config.importIntervalMinutes() > 0) {
            Duration interval = Duration.ofMinutes(config.importIntervalMinutes());
            executor.scheduleWithFixedDelay(() -> importDue(feeds, interval), 1, 1, TimeUnit.MINUTES);
        }
        executor.scheduleWithFixedDelay(() -> extend(events), 2, 360, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    private static void importDue(Feeds feeds, Duration interval) {
        try {
            for (Long id : feeds.due(interval)) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                try {
                    FeedRun run = feeds.run(id);
                    LOG.info("Feed {} imported: {} added, {} updated, {} removed, {} rejected", id, run.added(),
                            run.updated(), run.removed(), run.rejected());
                } catch (Conflict e) {
                    LOG.debug("Feed {} is being imported elsewhere", id);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduled feed imports failed", e);
        }
    }

    private static void extend(Events events) {
        try {
            int extended = events.extendHorizon();
            if (extended > 0) {
                LOG.info("Occurrence index extended for {} recurring events", extended);
            }
        } catch (RuntimeException e) {
            LOG.warn("Extending the occurrence index failed", e);
        }
    }
}
