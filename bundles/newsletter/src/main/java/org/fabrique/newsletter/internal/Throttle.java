package org.fabrique.newsletter.internal;

import java.util.concurrent.TimeUnit;

/** At most N messages per second over all the connections of this node: each takes the next free slot. */
final class Throttle {

    private final long intervalNanos;
    private long next = System.nanoTime();

    Throttle(int perSecond) {
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
    }

    /** Waits for this message's slot. */
    void acquire() throws InterruptedException {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(next, now);
            next = slot + intervalNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
