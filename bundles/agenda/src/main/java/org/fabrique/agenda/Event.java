package org.fabrique.agenda;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An event of the agenda. Its first slot is {@code startsAt}–{@code endsAt}; when it recurs, the
 * iCalendar rule ({@code rrule}, with {@code exdates} and {@code rdates} as local Europe/Paris
 * date-times {@code yyyyMMdd'T'HHmmss}, or dates {@code yyyyMMdd} for an all-day event) is the truth
 * and its occurrences are expanded from it.
 *
 * @param review   where the event stands in moderation: only {@code PUBLISHED} events are shown
 * @param feedId   the feed it was imported from, or null when entered by hand
 * @param source   who it comes from, in words: the feed's name, or "saisi sur la Fabrique"
 */
public record Event(long id, String uid, String title, String description, Long structureId, Long venueId,
        String locationText, String onlineUrl, Attendance attendance, Instant startsAt, Instant endsAt,
        boolean allDay, String rrule, List<String> exdates, List<String> rdates, List<String> categories,
        List<String> tags, PriceKind priceKind, BigDecimal priceMin, BigDecimal priceMax, String bookingUrl,
        Integer ageMin, Integer ageMax, List<String> accessibility, String imageUrl, String imageAlt,
        Status status, String language, Review review, Long authorId, Long feedId, String source,
        Instant createdAt, Instant updatedAt) {

    /** How people attend: on site, online, or both. */
    public enum Attendance { ON_SITE, ONLINE, MIXED }

    /** The event's state as its organiser tells it. */
    public enum Status { SCHEDULED, POSTPONED, CANCELLED, FULL }

    /** Where the event stands in moderation. */
    public enum Review { PENDING, PUBLISHED, REFUSED }

    /** What it costs: free, a price or a range, pay what you can, or not said. */
    public enum PriceKind { FREE, PRICED, PAY_WHAT_YOU_CAN, UNKNOWN }

    public boolean recurs() {
        return rrule != null || !rdates.isEmpty();
    }
}
