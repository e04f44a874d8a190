package org.fabrique.agenda.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fabrique.agenda.Event;
import org.fabrique.agenda.Venue;
import org.fabrique.core.Structure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** schema.org {@code Event} of an event page, for search engines and aggregators. */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    /** The JSON, safe inside a {@code <script>} element (no {@code </} can close it). */
    static String of(Event event, Venue venue, Structure organiser, String pageUrl, String descriptionText) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Event");
        ld.put("name", event.title());
        ld.put("url", pageUrl);
        ld.put("startDate", event.allDay() ? event.startsAt().atZone(ICal.PARIS).toLocalDate().toString()
                : event.startsAt().atZone(ICal.PARIS).toOffsetDateTime().toString());
        ld.put("endDate", event.allDay() ? event.endsAt().atZone(ICal.PARIS).toLocalDate().minusDays(1).toString()
                : event.endsAt().atZone(ICal.PARIS).toOffsetDateTime().toString());
        if (descriptionText != null && !descriptionText.isBlank()) {
            ld.put("description", descriptionText);
        }
        ld.put("eventStatus", "https://schema.org/" + switch (event.status()) {
            case CANCELLED -> "EventCancelled";
            case POSTPONED -> "EventPostponed";
            default -> "EventScheduled";
        });
        ld.put("eventAttendanceMode", "https://schema.org/" + switch (event.attendance()) {
            case ONLINE -> "OnlineEventAttendanceMode";
            case MIXED -> "MixedEventAttendanceMode";
            case ON_SITE -> "OfflineEventAttendanceMode";
        });
        Map<String, Object> place = new LinkedHashMap<>();
        if (venue != null) {
            place.put("@type", "Place");
            place.put("name", venue.name());
            if (venue.address() != null) {
                place.put("address", venue.address());
            }
            if (venue.latitude() != null && venue.longitude() != null) {
                place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", venue.latitude(), "longitude", venue.longitude()));
            }
        } else if (event.locationText() != null) {
            place.put("@type", "Place");
            place.put("name", event.locationText());
        }
        if (event.onlineUrl() != null) {
            Map<String, Object> online = Map.of("@type", "VirtualLocation", "url", event.onlineUrl());
            ld.put("location", place.isEmpty() ? online : java.util.List.of(place, online));
        } else if (!place.isEmpty()) {
            ld.put("location", place);
        }
        if (organiser != null) {
            ld.put("organizer", Map.of("@type", "Organization", "name", organiser.name()));
        }
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("priceCurrency", "EUR");
        if (event.priceKind() == Event.PriceKind.FREE) {
            offer.put("price", 0);
        } else if (event.priceMin() != null) {
            offer.put("price", event.priceMin());
        }
        offer.put("availability", "https://schema.org/" + (event.status() == Event.Status.FULL ? "SoldOut" : "InStock"));
        offer.put("url", event.bookingUrl() != null ? event.bookingUrl() : pageUrl);
        ld.put("offers", offer);
        if (event.imageUrl() != null) {
            ld.put("image", event.imageUrl());
        }
        ld.put("inLanguage", event.language());
        try {
            return JSON.writeValueAsString(ld).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
