package org.fabrique.mail.internal;

import java.time.Duration;

/**
 * How often and when a mail the server could not take is tried again: the first retry after
 * {@code firstDelay}, then twice as long after each failed attempt, never more than an hour, and
 * {@code maxAttempts} attempts in all, the first (immediate) one included.
 */
record RetryPolicy(int maxAttempts, Duration firstDelay) {

    static final Duration LONGEST_DELAY = Duration.ofHours(1);

    RetryPolicy {
        if (maxAttempts < 2) {
            throw new IllegalArgumentException("maxAttempts must be at least 2 (the first try and one retry), not "
                    + maxAttempts);
        }
        if (firstDelay == null || firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstRetryDelaySeconds must be positive, not " + firstDelay);
        }
    }

    static RetryPolicy from(MailConfig config) {
        return new RetryPolicy(config.maxAttempts(), Duration.ofSeconds(config.firstRetryDelaySeconds()));
    }

    /** The wait before the next attempt, once {@code attempts} attempts have failed (1 or more). */
    Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts, 1) - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** Whether no attempt is left once {@code attempts} attempts have failed. */
    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
