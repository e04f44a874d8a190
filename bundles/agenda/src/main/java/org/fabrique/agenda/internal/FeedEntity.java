package org.fabrique.agenda.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.storage.InstantConverter;

/** An iCalendar feed the agenda imports from, on a schedule and on demand. */
@Entity
@Table(name = "agenda_feed")
public class FeedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String name;
    String url;
    @Column(name = "venue_id")
    Long venueId;
    @Column(name = "structure_id")
    Long structureId;
    boolean enabled;
    @Column(name = "claimed_until")
    @Convert(converter = InstantConverter.class)
    Instant claimedUntil;
    @Column(name = "last_run_at")
    @Convert(converter = InstantConverter.class)
    Instant lastRunAt;
    @Column(name = "created_at")
    @Convert(converter = InstantConverter.class)
    Instant createdAt;

    Feed toFeed() {
        return new Feed(id, name, url, venueId, structureId, enabled, lastRunAt);
    }
}
