package org.fabrique.agenda.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import javax.validation.constraints.Email;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.fabrique.agenda.Event;

/**
 * An event as a client writes it (REST body, form, import). The rule, when there is one, is the
 * RRULE value without its name ({@code FREQ=WEEKLY;BYDAY=TU}); exdates and rdates are local Paris
 * date-times {@code 20261208T203000} (dates {@code 20261208} for an all-day event).
 * {@code authorEmail} and {@code authorName} are for a visitor without an account.
 */
public record EventDraft(@NotBlank @Size(max = 300) String title, @Size(max = 20000) String description,
        Long structureId, Long venueId, @Size(max = 300) String locationText, @Size(max = 1000) String onlineUrl,
        Event.Attendance attendance, @NotNull Instant startsAt, Instant endsAt, Boolean allDay,
        @Size(max = 1000) String rrule, List<String> exdates, List<String> rdates, List<String> categories,
        List<String> tags, Event.PriceKind priceKind, BigDecimal priceMin, BigDecimal priceMax,
        @Size(max = 1000) String bookingUrl, Integer ageMin, Integer ageMax, List<String> accessibility,
        @Size(max = 1000) String imageUrl, @Size(max = 300) String imageAlt, Event.Status status,
        @Size(max = 8) String language, @Email @Size(max = 320) String authorEmail,
        @Size(max = 200) String authorName) {

    public EventDraft {
        allDay = allDay != null && allDay;
    }

    /** The same draft, by this author. */
    EventDraft withAuthor(String email, String name) {
        return new EventDraft(title, description, structureId, venueId, locationText, onlineUrl, attendance, startsAt,
                endsAt, allDay, rrule, exdates, rdates, categories, tags, priceKind, priceMin, priceMax, bookingUrl,
                ageMin, ageMax, accessibility, imageUrl, imageAlt, status, language, email, name);
    }

    /** The same draft, of this structure and in this venue (the free-text place kept only without a venue). */
    EventDraft at(Long structure, Long venue) {
        return new EventDraft(title, description, structure, venue, venue == null ? locationText : null, onlineUrl,
                attendance, startsAt, endsAt, allDay, rrule, exdates, rdates, categories, tags, priceKind, priceMin,
                priceMax, bookingUrl, ageMin, ageMax, accessibility, imageUrl, imageAlt, status, language, authorEmail,
                authorName);
    }
}
