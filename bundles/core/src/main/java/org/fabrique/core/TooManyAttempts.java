package org.fabrique.core;

import java.time.Duration;

/** HTTP 429: too many failed logins for this address; try again after the delay. */
public class TooManyAttempts extends FabriqueException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super(429, "Too Many Requests", "email",
                "Too many failed logins; try again in " + Math.max(1, retryAfter.toMinutes()) + " minutes.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
