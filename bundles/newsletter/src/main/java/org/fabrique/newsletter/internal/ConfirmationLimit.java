package org.fabrique.newsletter.internal;

import java.time.Clock;
import java.time.Duration;

import org.fabrique.core.TooManyAttempts;

/**
 * How many confirmation mails anonymous subscribing may cause: at most {@code perAddress} to one
 * address in 24 hours and {@code perIp} requested from one client IP address in an hour. Counted in
 * the table {@code newsletter_confirmation_sent}, so that every node sharing the database agrees;
 * rows older than a day are deleted as new ones come.
 */
final class ConfirmationLimit {

    static final Duration ADDRESS_WINDOW = Duration.ofDays(1);
    static final Duration IP_WINDOW = Duration.ofHours(1);

    private final Jdbc jdbc;
    private final int perAddress;
    private final int perIp;
    private final Clock clock;

    ConfirmationLimit(Jdbc jdbc, int perAddress, int perIp, Clock clock) {
        this.jdbc = jdbc;
        this.perAddress = Math.max(1, perAddress);
        this.perIp = Math.max(1, perIp);
        this.clock = clock;
    }

    /** Counts one more mail to {@code email} asked from {@code ip}, or refuses it with 429 and the wait. */
    void acquire(String email, String ip) {
        String client = ip == null || ip.isBlank() ? "?" : ip.length() > 64 ? ip.substring(0, 64) : ip;
        long now = clock.millis();
        jdbc.transaction(c -> {
            Jdbc.update(c, "DELETE FROM newsletter_confirmation_sent WHERE sent_at <= ?", now - ADDRESS_WINDOW.toMillis());
            refuseBeyond(c, "email", "email", email, perAddress, ADDRESS_WINDOW, now,
                    "At most " + perAddress + " confirmation mails a day to one address; check your mailbox (and its spam folder) or try again later.");
            refuseBeyond(c, "client_ip", "email", client, perIp, IP_WINDOW, now,
                    "Too many subscriptions from your connection; try again later.");
            return Jdbc.insert(c, "INSERT INTO newsletter_confirmation_sent (email, client_ip, sent_at) VALUES (?, ?, ?)",
                    email, client, now);
        });
    }

    private static void refuseBeyond(java.sql.Connection c, String column, String field, String value, int limit,
            Duration window, long now, String detail) throws java.sql.SQLException {
        long since = now - window.toMillis();
        java.util.List<Long> sent = Jdbc.list(c, "SELECT sent_at FROM newsletter_confirmation_sent WHERE " + column
                + " = ? AND sent_at > ? ORDER BY sent_at DESC", r -> r.getLong(1), value, since);
        if (sent.size() >= limit) {
            // Free again when the limit-th most recent mail leaves the window.
            long freeAt = sent.get(limit - 1) + window.toMillis();
            throw new TooManyAttempts(field, detail, Duration.ofMillis(Math.max(1000, freeAt - now)));
        }
    }
}
