package org.fabrique.newsletter.internal;

import java.time.Clock;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounces as events ({@code newsletter_bounce}) and their consequence: a hard bounce, or
 * {@code softBounceLimit} soft ones, suppress the address ({@code newsletter_suppression}), which is
 * then never sent to, until its owner subscribes again and confirms.
 */
@Component(service = Bounces.class, configurationPid = NewsletterConfig.PID)
public class Bounces {

    private static final Logger LOG = LoggerFactory.getLogger(Bounces.class);

    private final Jdbc jdbc;
    private final int softLimit;
    private final Clock clock;

    @Activate
    public Bounces(@Reference NewsletterStorage storage, NewsletterConfig config) {
        this(storage.jdbc(), config.softBounceLimit(), Clock.systemUTC());
    }

    Bounces(Jdbc jdbc, int softLimit, Clock clock) {
        this.jdbc = jdbc;
        this.softLimit = Math.max(1, softLimit);
        this.clock = clock;
    }

    /** Records the bounce; answers true when the address is now suppressed. */
    public boolean record(BounceReport report) {
        Optional<String> delivered = report.deliveryId() == null ? Optional.empty()
                : jdbc.one("SELECT email FROM newsletter_delivery WHERE id = ?", r -> r.getString(1), report.deliveryId());
        String email = delivered.orElse(report.recipient());
        long now = clock.millis();
        jdbc.insert("INSERT INTO newsletter_bounce (email, delivery_id, kind, status, received_at) VALUES (?, ?, ?, ?, ?)",
                email, report.deliveryId() == null || delivered.isEmpty() ? Jdbc.NULL_BIGINT : report.deliveryId(),
                report.hard() ? "hard" : "soft", report.status(), now);
        long soft = jdbc.count("SELECT COUNT(*) FROM newsletter_bounce WHERE email = ? AND kind = 'soft'", email);
        if (!report.hard() && soft < softLimit) {
            LOG.info("Soft bounce {} for {} ({} of {})", report.status(), email, soft, softLimit);
            return false;
        }
        String reason = report.hard() ? "hard bounce " + report.status() : soft + " soft bounces, last " + report.status();
        if (jdbc.count("SELECT COUNT(*) FROM newsletter_suppression WHERE email = ?", email) == 0) {
            jdbc.update("INSERT INTO newsletter_suppression (email, reason, created_at) VALUES (?, ?, ?)", email, reason,
                    now);
            LOG.info("Address {} suppressed: {}", email, reason);
        }
        return true;
    }

    public boolean suppressed(String email) {
        return jdbc.count("SELECT COUNT(*) FROM newsletter_suppression WHERE email = ?", email.toLowerCase()) > 0;
    }
}
