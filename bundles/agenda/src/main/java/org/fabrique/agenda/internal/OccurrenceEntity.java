package org.fabrique.agenda.internal;

import java.io.Serializable;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A row of the expanded occurrence index: derived from the event's rule, never edited by hand.
 * Times are epoch milliseconds (the key cannot go through a converter).
 */
@Entity
@Table(name = "agenda_occurrence")
@IdClass(OccurrenceEntity.Key.class)
public class OccurrenceEntity {

    /** An occurrence lasting longer than this is also found by its end (exhibitions, festivals). */
    static final long LONG_RUNNING_MILLIS = 24L * 3600 * 1000;

    @Id
    @Column(name = "event_id")
    long eventId;
    @Id
    @Column(name = "starts_at")
    long startsAt;
    @Column(name = "ends_at")
    long endsAt;
    @Column(name = "long_running")
    boolean longRunning;

    static OccurrenceEntity of(long eventId, Instant start, Instant end) {
        OccurrenceEntity o = new OccurrenceEntity();
        o.eventId = eventId;
        o.startsAt = start.toEpochMilli();
        o.endsAt = end.toEpochMilli();
        o.longRunning = o.endsAt - o.startsAt > LONG_RUNNING_MILLIS;
        return o;
    }

    Instant start() {
        return Instant.ofEpochMilli(startsAt);
    }

    Instant end() {
        return Instant.ofEpochMilli(endsAt);
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long eventId;
        long startsAt;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.eventId == eventId && k.startsAt == startsAt;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(eventId) * 31 + Long.hashCode(startsAt);
        }
    }
}
