package org.fabrique.newsletter.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The durable per-recipient queue {@code newsletter_delivery}, shared by every node over the one
 * platform database. A node claims a batch (status {@code sending}, its name, a claim expiry),
 * sends, and marks each row. On PostgreSQL the batch is picked with {@code FOR UPDATE SKIP LOCKED},
 * so that nodes never wait on each other's rows; on Derby (one node) each candidate is taken with a
 * conditional update that only one claimant can win. A claim whose expiry passed (a crashed node)
 * may be claimed again: those rows, at most batch size × connections per node, are the only ones
 * that may be sent twice.
 */
@Component(service = DeliveryQueue.class)
public class DeliveryQueue {

    static final String QUEUED = "queued";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";

    private static final String CLAIMABLE = "((status = 'queued' AND next_attempt_at <= ?) "
            + "OR (status = 'sending' AND claim_expires_at < ?))";

    private final Jdbc jdbc;
    private final Subscriptions subscriptions;
    private final Clock clock;

    @Activate
    public DeliveryQueue(@Reference NewsletterStorage storage, @Reference Subscriptions subscriptions) {
        this(storage.jdbc(), subscriptions, Clock.systemUTC());
    }

    DeliveryQueue(Jdbc jdbc, Subscriptions subscriptions, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** Claims up to {@code batch} due recipients for {@code owner} until now + {@code claimFor}. */
    public List<ClaimedDelivery> claim(String owner, int batch, Duration claimFor) {
        long now = clock.millis();
        long expires = now + claimFor.toMillis();
        return jdbc.transaction(c -> {
            List<ClaimedDelivery> claimed = new ArrayList<>();
            if (jdbc.postgres()) {
                List<ClaimedDelivery> locked = Jdbc.list(c, "SELECT id, letter_id, subscriber_id, email, attempts "
                        + "FROM newsletter_delivery WHERE " + CLAIMABLE + " ORDER BY id FETCH FIRST " + batch
                        + " ROWS ONLY FOR UPDATE SKIP LOCKED", DeliveryQueue::row, now, now);
                for (ClaimedDelivery row : locked) {
                    Jdbc.update(c, "UPDATE newsletter_delivery SET status = 'sending', claim_owner = ?, "
                            + "claim_expires_at = ? WHERE id = ?", owner, expires, row.id());
                    claimed.add(withToken(c, row));
                }
            } else {
                List<ClaimedDelivery> candidates = Jdbc.list(c, "SELECT id, letter_id, subscriber_id, email, attempts "
                        + "FROM newsletter_delivery WHERE " + CLAIMABLE + " ORDER BY id FETCH FIRST " + batch
                        + " ROWS ONLY", DeliveryQueue::row, now, now);
                for (ClaimedDelivery row : candidates) {
                    if (Jdbc.update(c, "UPDATE newsletter_delivery SET status = 'sending', claim_owner = ?, "
                            + "claim_expires_at = ? WHERE id = ? AND " + CLAIMABLE, owner, expires, row.id(), now,
                            now) == 1) {
                        claimed.add(withToken(c, row));
                    }
                }
            }
            return claimed;
        });
    }

    private ClaimedDelivery withToken(Connection c, ClaimedDelivery row) throws SQLException {
        return new ClaimedDelivery(row.id(), row.letterId(), row.subscriberId(), row.email(), row.attempts(),
                subscriptions.newUnsubscribeToken(c, row.subscriberId()));
    }

    /** The server accepted it. Only the claim's owner may mark it (a late node after an expiry may not). */
    public void sent(ClaimedDelivery delivery, String owner) {
        jdbc.update("UPDATE newsletter_delivery SET status = 'sent', sent_at = ?, attempts = attempts + 1, "
                + "claim_owner = NULL, claim_expires_at = NULL, failure = NULL WHERE id = ? AND claim_owner = ?",
                clock.millis(), delivery.id(), owner);
    }

    /** Refused for good, or out of attempts: never tried again (unless an editor resends the failed). */
    public void failed(ClaimedDelivery delivery, String owner, String reason) {
        jdbc.update("UPDATE newsletter_delivery SET status = 'failed', attempts = attempts + 1, failure = ?, "
                + "claim_owner = NULL, claim_expires_at = NULL WHERE id = ? AND claim_owner = ?", cut(reason),
                delivery.id(), owner);
    }

    /** A temporary failure: queued again, due after {@code delay}. */
    public void retryLater(ClaimedDelivery delivery, String owner, String reason, Duration delay) {
        jdbc.update("UPDATE newsletter_delivery SET status = 'queued', attempts = attempts + 1, failure = ?, "
                + "next_attempt_at = ?, claim_owner = NULL, claim_expires_at = NULL WHERE id = ? AND claim_owner = ?",
                cut(reason), clock.millis() + delay.toMillis(), delivery.id(), owner);
    }

    /** Gives claimed rows back at once (a node stopping cleanly), without counting an attempt. */
    public void release(List<ClaimedDelivery> deliveries, String owner) {
        for (ClaimedDelivery delivery : deliveries) {
            jdbc.update("UPDATE newsletter_delivery SET status = 'queued', claim_owner = NULL, claim_expires_at = NULL "
                    + "WHERE id = ? AND claim_owner = ? AND status = 'sending'", delivery.id(), owner);
        }
    }

    /** Queues again the recipients that failed, e.g. after the mail server's configuration was fixed. */
    public int resendFailed(long letterId) {
        return jdbc.update("UPDATE newsletter_delivery SET status = 'queued', attempts = 0, next_attempt_at = ? "
                + "WHERE letter_id = ? AND status = 'failed'", clock.millis(), letterId);
    }

    public DeliveryCounts counts(long letterId) {
        long[] counts = new long[4];
        for (Object[] row : jdbc.list("SELECT status, COUNT(*) FROM newsletter_delivery WHERE letter_id = ? "
                + "GROUP BY status", r -> new Object[] {r.getString(1), r.getLong(2)}, letterId)) {
            switch ((String) row[0]) {
                case QUEUED -> counts[0] = (Long) row[1];
                case SENDING -> counts[1] = (Long) row[1];
                case SENT -> counts[2] = (Long) row[1];
                default -> counts[3] += (Long) row[1];
            }
        }
        return new DeliveryCounts(counts[0] + counts[1] + counts[2] + counts[3], counts[0], counts[1], counts[2],
                counts[3]);
    }

    /** Of the claimed rows, those whose subscriber unsubscribed or was suppressed since the letter was queued. */
    public List<Long> noLongerWanted(List<ClaimedDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        StringBuilder ids = new StringBuilder();
        for (ClaimedDelivery d : deliveries) {
            ids.append(ids.length() == 0 ? "" : ",").append(d.id());
        }
        return jdbc.list("SELECT d.id FROM newsletter_delivery d JOIN newsletter_subscriber s ON s.id = d.subscriber_id "
                + "WHERE d.id IN (" + ids + ") AND (s.status <> 'confirmed' OR EXISTS (SELECT 1 FROM "
                + "newsletter_suppression x WHERE x.email = s.email))", r -> r.getLong(1));
    }

    /** The failed recipients of a letter and why, for the editor. */
    public List<String[]> failures(long letterId) {
        return jdbc.list("SELECT email, failure FROM newsletter_delivery WHERE letter_id = ? AND status = 'failed' "
                + "ORDER BY id", r -> new String[] {r.getString(1), r.getString(2)}, letterId);
    }

    private static String cut(String reason) {
        return reason == null ? null : reason.substring(0, Math.min(500, reason.length()));
    }

    private static ClaimedDelivery row(java.sql.ResultSet r) throws SQLException {
        return new ClaimedDelivery(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getInt(5), null);
    }
}
