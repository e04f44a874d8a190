package org.fabrique.agenda;

import java.time.Instant;

/** One time an event happens, with the event and its venue (null when online or unknown). */
public record Occurrence(Instant startsAt, Instant endsAt, Event event, Venue venue) {
}
