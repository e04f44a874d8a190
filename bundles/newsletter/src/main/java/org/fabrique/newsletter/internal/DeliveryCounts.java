package org.fabrique.newsletter.internal;

/** Progress of a letter's send: recipients per status. */
public record DeliveryCounts(long total, long queued, long sending, long sent, long failed) {

    public boolean done() {
        return queued == 0 && sending == 0;
    }
}
