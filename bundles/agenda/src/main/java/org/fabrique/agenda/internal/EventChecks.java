package org.fabrique.agenda.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.fabrique.agenda.Event;
import org.fabrique.core.InvalidInput;

/**
 * What makes a draft an event the agenda can hold, beyond the field sizes Bean Validation checks:
 * a rule it can expand, an end after the start, sane prices and ages, web links, an image with its
 * text alternative. Answers the draft completed (an end when it had none, all-day slots at midnight).
 */
final class EventChecks {

    static final Duration LONGEST = Duration.ofDays(366);

    private EventChecks() {
    }

    static EventDraft check(EventDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidInput("title", "must not be blank");
        }
        if (draft.startsAt() == null) {
            throw new InvalidInput("startsAt", "must not be null");
        }
        Recurrence.checkRule(draft.rrule());
        Recurrence.checkDates(draft.exdates(), draft.allDay(), "exdates");
        Recurrence.checkDates(draft.rdates(), draft.allDay(), "rdates");
        Instant start = draft.allDay() ? draft.startsAt().atZone(ICal.PARIS).truncatedTo(ChronoUnit.DAYS).toInstant()
                : draft.startsAt();
        Instant end = draft.endsAt();
        if (end == null) {
            end = draft.allDay() ? start.atZone(ICal.PARIS).plusDays(1).toInstant() : start.plus(Duration.ofHours(2));
        } else if (draft.allDay()) {
            end = end.atZone(ICal.PARIS).truncatedTo(ChronoUnit.DAYS).toInstant();
            if (!end.isAfter(start)) {
                end = start.atZone(ICal.PARIS).plusDays(1).toInstant();
            }
        }
        if (!end.isAfter(start)) {
            throw new InvalidInput("endsAt", "The end must come after the start.");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidInput("endsAt", "An event lasts at most a year.");
        }
        price(draft.priceMin(), "priceMin");
        price(draft.priceMax(), "priceMax");
        if (draft.priceMin() != null && draft.priceMax() != null && draft.priceMin().compareTo(draft.priceMax()) > 0) {
            throw new InvalidInput("priceMax", "The highest price is below the lowest.");
        }
        if (draft.ageMin() != null && (draft.ageMin() < 0 || draft.ageMin() > 120)) {
            throw new InvalidInput("ageMin", "must be between 0 and 120");
        }
        if (draft.ageMax() != null && (draft.ageMax() < 0 || draft.ageMax() > 120
                || draft.ageMin() != null && draft.ageMax() < draft.ageMin())) {
            throw new InvalidInput("ageMax", "must be between the lowest age and 120");
        }
        link(draft.onlineUrl(), "onlineUrl");
        link(draft.bookingUrl(), "bookingUrl");
        link(draft.imageUrl(), "imageUrl");
        if (draft.imageUrl() != null && !draft.imageUrl().isBlank()
                && (draft.imageAlt() == null || draft.imageAlt().isBlank())) {
            throw new InvalidInput("imageAlt", "An image needs a text alternative.");
        }
        if (draft.attendance() == Event.Attendance.ONLINE && (draft.onlineUrl() == null || draft.onlineUrl().isBlank())) {
            throw new InvalidInput("onlineUrl", "An online event needs its link.");
        }
        return new EventDraft(draft.title(), draft.description(), draft.structureId(), draft.venueId(),
                draft.locationText(), draft.onlineUrl(), draft.attendance(), start, end, draft.allDay(),
                Recurrence.checkRule(draft.rrule()), Recurrence.checkDates(draft.exdates(), draft.allDay(), "exdates"),
                Recurrence.checkDates(draft.rdates(), draft.allDay(), "rdates"), draft.categories(), draft.tags(),
                draft.priceKind(), draft.priceMin(), draft.priceMax(), draft.bookingUrl(), draft.ageMin(),
                draft.ageMax(), draft.accessibility(), draft.imageUrl(), draft.imageAlt(), draft.status(),
                draft.language(), draft.authorEmail(), draft.authorName());
    }

    private static void price(BigDecimal price, String field) {
        if (price != null && (price.signum() < 0 || price.compareTo(new BigDecimal("100000")) >= 0)) {
            throw new InvalidInput(field, "must be between 0 and 99999.99 euros");
        }
    }

    /** An absolute http or https address, or nothing. */
    static void link(String value, String field) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(value.trim());
            if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new InvalidInput(field, "must be an http or https address");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInput(field, "must be an http or https address");
        }
    }
}
