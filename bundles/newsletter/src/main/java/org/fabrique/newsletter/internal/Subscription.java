package org.fabrique.newsletter.internal;

import java.time.Instant;

/** A person's subscription to a list: pending (waiting for the confirmation link), confirmed, or unsubscribed. */
public record Subscription(long id, long listId, String email, long personId, String status, String source,
        Instant changedAt) {

    public static final String PENDING = "pending";
    public static final String CONFIRMED = "confirmed";
    public static final String UNSUBSCRIBED = "unsubscribed";
}
