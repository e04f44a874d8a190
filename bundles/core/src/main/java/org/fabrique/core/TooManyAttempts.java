package org.fabrique.core;

import java.time.Duration;

/**
 * HTTP 429 with {@code Retry-After}: too many failed logins for this address, or (any module) too
 * many requests of one kind from one address or client; try again after the delay.
 */
public class TooManyAttempts extends FabriqueException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super(429, "Too Many Requests", "email",
                "Too many failed logins; try again in " + Math.max(1, retryAfter.toMinutes()) + " minutes.");
        this.retryAfter = retryAfter;
    }

    /** A module's own limit: {@code field} is the input the limit counts, {@code detail} says what to do. */
    public TooManyAttempts(String field, String detail, Duration retryAfter) {
        super(429, "Too Many Requests", field, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
