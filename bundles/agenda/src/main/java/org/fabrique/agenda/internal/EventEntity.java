package org.fabrique.agenda.internal;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.agenda.Event;
import org.fabrique.core.storage.InstantConverter;

@Entity
@Table(name = "agenda_event")
public class EventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String uid;
    String title;
    String description;
    @Column(name = "structure_id")
    Long structureId;
    @Column(name = "venue_id")
    Long venueId;
    @Column(name = "location_text")
    String locationText;
    @Column(name = "online_url")
    String onlineUrl;
    @Enumerated(EnumType.STRING)
    Event.Attendance attendance;
    @Column(name = "starts_at")
    @Convert(converter = InstantConverter.class)
    Instant startsAt;
    @Column(name = "ends_at")
    @Convert(converter = InstantConverter.class)
    Instant endsAt;
    @Column(name = "all_day")
    boolean allDay;
    String rrule;
    String exdates;
    String rdates;
    String categories;
    String tags;
    @Column(name = "price_kind")
    @Enumerated(EnumType.STRING)
    Event.PriceKind priceKind;
    @Column(name = "price_min")
    BigDecimal priceMin;
    @Column(name = "price_max")
    BigDecimal priceMax;
    @Column(name = "booking_url")
    String bookingUrl;
    @Column(name = "age_min")
    Integer ageMin;
    @Column(name = "age_max")
    Integer ageMax;
    String accessibility;
    @Column(name = "image_url")
    String imageUrl;
    @Column(name = "image_alt")
    String imageAlt;
    @Enumerated(EnumType.STRING)
    Event.Status status;
    String language;
    @Enumerated(EnumType.STRING)
    Event.Review review;
    @Column(name = "review_message")
    String reviewMessage;
    @Column(name = "author_id")
    Long authorId;
    @Column(name = "author_email")
    String authorEmail;
    @Column(name = "author_name")
    String authorName;
    @Column(name = "feed_id")
    Long feedId;
    @Column(name = "source_hash")
    String sourceHash;
    @Column(name = "expanded_until")
    @Convert(converter = InstantConverter.class)
    Instant expandedUntil;
    @Column(name = "created_at")
    @Convert(converter = InstantConverter.class)
    Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantConverter.class)
    Instant updatedAt;

    Event toEvent(String source) {
        return new Event(id, uid, title, description, structureId, venueId, locationText, onlineUrl, attendance,
                startsAt, endsAt, allDay, rrule, Lists.split(exdates), Lists.split(rdates), Lists.split(categories),
                Lists.split(tags), priceKind, priceMin, priceMax, bookingUrl, ageMin, ageMax,
                Lists.split(accessibility), imageUrl, imageAlt, status, language, review, authorId, feedId, source,
                createdAt, updatedAt);
    }

    /** Copies what a draft says; the review, author, feed and times of record stay as they are. */
    void apply(EventDraft draft) {
        title = draft.title().trim();
        description = Lists.blankToNull(draft.description());
        structureId = draft.structureId();
        venueId = draft.venueId();
        locationText = Lists.blankToNull(draft.locationText());
        onlineUrl = Lists.blankToNull(draft.onlineUrl());
        attendance = draft.attendance() == null ? Event.Attendance.ON_SITE : draft.attendance();
        startsAt = draft.startsAt();
        endsAt = draft.endsAt();
        allDay = draft.allDay();
        rrule = Lists.blankToNull(draft.rrule());
        exdates = Lists.join(draft.exdates());
        rdates = Lists.join(draft.rdates());
        categories = Lists.join(Lists.lower(draft.categories()));
        tags = Lists.join(Lists.lower(draft.tags()));
        priceKind = draft.priceKind() == null ? Event.PriceKind.UNKNOWN : draft.priceKind();
        priceMin = draft.priceMin();
        priceMax = draft.priceMax();
        bookingUrl = Lists.blankToNull(draft.bookingUrl());
        ageMin = draft.ageMin();
        ageMax = draft.ageMax();
        accessibility = Lists.join(Lists.lower(draft.accessibility()));
        imageUrl = Lists.blankToNull(draft.imageUrl());
        imageAlt = Lists.blankToNull(draft.imageAlt());
        status = draft.status() == null ? Event.Status.SCHEDULED : draft.status();
        language = draft.language() == null || draft.language().isBlank() ? "fr" : draft.language().trim();
    }
}
