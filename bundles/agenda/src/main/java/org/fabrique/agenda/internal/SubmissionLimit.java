package org.fabrique.agenda.internal;

import java.time.Duration;

import org.fabrique.core.TooManyAttempts;

/** HTTP 429 with {@code Retry-After}: too many submissions from this address or this network address in the last hour. */
public class SubmissionLimit extends TooManyAttempts {

    private static final long serialVersionUID = 1L;

    /** @param retryAfter until the oldest counted submission leaves the hour */
    public SubmissionLimit(int perHour, Duration retryAfter) {
        super("authorEmail", "At most " + perHour + " submissions an hour from one address; try again later.",
                retryAfter.isNegative() || retryAfter.isZero() ? Duration.ofSeconds(1) : retryAfter);
    }
}
