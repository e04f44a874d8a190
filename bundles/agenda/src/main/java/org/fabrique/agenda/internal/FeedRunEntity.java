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

@Entity
@Table(name = "agenda_feed_run")
public class FeedRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "feed_id")
    long feedId;
    @Column(name = "started_at")
    @Convert(converter = InstantConverter.class)
    Instant startedAt;
    @Column(name = "finished_at")
    @Convert(converter = InstantConverter.class)
    Instant finishedAt;
    String outcome;
    String error;
    int added;
    int updated;
    int unchanged;
    int removed;
    int rejected;
    String rejections;

    FeedRun toRun() {
        return new FeedRun(id, feedId, startedAt, finishedAt, outcome, error, added, updated, unchanged, removed,
                rejected, rejections == null ? java.util.List.of() : java.util.List.of(rejections.split("\n")));
    }
}
