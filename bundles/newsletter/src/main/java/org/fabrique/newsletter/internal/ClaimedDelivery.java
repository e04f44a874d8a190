package org.fabrique.newsletter.internal;

/** A recipient this node has claimed, with the unsubscribe token made for this copy of the letter. */
public record ClaimedDelivery(long id, long letterId, long subscriberId, String email, int attempts,
        String unsubscribeToken) {
}
