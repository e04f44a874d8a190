package org.fabrique.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.fabrique.core.FabriqueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the outbox: each due mail is claimed, sent, then marked sent, rescheduled with a
 * longer delay, or failed once refused for good or out of attempts. A claim lasts {@code claimFor},
 * which must outlast a send, so that no other node sends the same mail meanwhile.
 */
final class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    static final int BATCH = 50;

    private final Outbox outbox;
    private final MailTransport transport;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Duration claimFor;

    OutboxWorker(Outbox outbox, MailTransport transport, RetryPolicy policy, Clock clock, Duration claimFor) {
        this.outbox = outbox;
        this.transport = transport;
        this.policy = policy;
        this.clock = clock;
        this.claimFor = claimFor;
    }

    /** Sends what is due now; returns how many mails the server accepted. */
    int runOnce() {
        int sent = 0;
        for (long id : outbox.due(clock.instant(), BATCH)) {
            // The time of each claim, not of the pass: earlier sends of the pass may have taken long.
            Instant now = clock.instant();
            if (outbox.claim(id, now, now.plus(claimFor))) {
                Optional<QueuedMail> queued = readable(id);
                if (queued.isPresent() && attempt(queued.get())) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** {@link #runOnce()} for a scheduler, which must never see an exception (it would stop calling). */
    void runSafely() {
        try {
            int sent = runOnce();
            if (sent > 0) {
                LOG.info("Outbox: {} queued mail(s) sent", sent);
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox pass failed; the next pass will try again", e);
        }
    }

    private boolean attempt(QueuedMail queued) {
        int attempts = queued.attempts() + 1;
        try {
            transport.deliver(queued.mail());
            outbox.markSent(queued.id(), attempts, clock.instant());
            return true;
        } catch (DeliveryFailure failure) {
            if (failure.permanent()) {
                LOG.warn("Queued mail {} refused by the mail server: {}", queued.id(), failure.getMessage());
                outbox.markFailed(queued.id(), attempts, failure.getMessage());
            } else if (policy.exhausted(attempts)) {
                LOG.warn("Queued mail {} failed after {} attempts: {}", queued.id(), attempts, failure.getMessage());
                outbox.markFailed(queued.id(), attempts, failure.getMessage());
            } else {
                Instant next = clock.instant().plus(policy.delayAfter(attempts));
                LOG.info("Queued mail {} not sent (attempt {}), next attempt at {}: {}", queued.id(), attempts, next,
                        failure.getMessage());
                outbox.reschedule(queued.id(), attempts, next, failure.getMessage());
            }
            return false;
        }
    }

    /** A row that no longer makes a valid mail (edited by hand?) is failed rather than retried forever. */
    private Optional<QueuedMail> readable(long id) {
        try {
            return outbox.find(id);
        } catch (FabriqueException e) {
            LOG.warn("Queued mail {} is not a valid mail any more: {}", id, e.getMessage());
            outbox.markFailed(id, "Not a valid mail: " + e.getMessage());
            return Optional.empty();
        }
    }
}
