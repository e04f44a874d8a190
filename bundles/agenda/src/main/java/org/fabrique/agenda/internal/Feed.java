package org.fabrique.agenda.internal;

import java.time.Instant;

/** A feed source: its events are credited to it, and to its venue and structure when they say none. */
public record Feed(long id, String name, String url, Long venueId, Long structureId, boolean enabled,
        Instant lastRunAt) {
}
