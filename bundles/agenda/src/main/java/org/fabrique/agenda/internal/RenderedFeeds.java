package org.fabrique.agenda.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last feeds rendered, by their ETag. The ETag is computed from the database on every request
 * (published events and venues: count and last change, the day, the filters), so an entry can only
 * be found while the agenda it was rendered from is unchanged: every node answers the same bytes,
 * and a change anywhere makes the next request render afresh. Rendering 10 000 events with ical4j
 * takes seconds; serving them again takes nothing.
 */
final class RenderedFeeds {

    private final int capacity;
    private final Map<String, byte[]> entries;

    RenderedFeeds(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > RenderedFeeds.this.capacity;
            }
        };
    }

    /** The bytes rendered for this ETag, rendering them if no entry holds them. */
    byte[] get(String etag, Supplier<byte[]> render) {
        synchronized (entries) {
            byte[] cached = entries.get(etag);
            if (cached != null) {
                return cached;
            }
        }
        // Rendered outside the lock: two concurrent first requests may both render, which is harmless.
        byte[] rendered = render.get();
        synchronized (entries) {
            entries.put(etag, rendered);
        }
        return rendered;
    }
}
