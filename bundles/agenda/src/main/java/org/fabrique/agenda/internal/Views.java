package org.fabrique.agenda.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fabrique.agenda.Event;
import org.fabrique.agenda.Occurrence;
import org.fabrique.agenda.Venue;
import org.fabrique.core.Language;

/** Events and occurrences as the templates show them: words, not enums. */
final class Views {

    private Views() {
    }

    static Map<String, Object> occurrence(Occurrence o, Language language) {
        Event e = o.event();
        Map<String, Object> view = new HashMap<>();
        view.put("title", e.title());
        view.put("href", AgendaPaths.event(e.id()));
        view.put("when", FrenchDates.when(o.startsAt(), e.allDay(), language));
        view.put("time", e.allDay() ? (language == Language.EN ? "All day" : "Toute la journée")
                : FrenchDates.time(o.startsAt(), language) + " – " + FrenchDates.time(o.endsAt(), language));
        view.put("datetime", o.startsAt().toString());
        view.put("where", where(e, o.venue()));
        view.put("venueHref", o.venue() == null ? "" : AgendaPaths.venue(o.venue().id()));
        view.put("categories", e.categories());
        view.put("status", status(e.status(), language));
        view.put("price", price(e, language));
        view.put("recurs", e.recurs());
        return view;
    }

    static String where(Event e, Venue venue) {
        if (venue != null) {
            return venue.name() + (venue.neighbourhood() == null ? "" : " (" + venue.neighbourhood() + ")");
        }
        if (e.locationText() != null) {
            return e.locationText();
        }
        return e.onlineUrl() != null ? "En ligne" : "";
    }

    /** The status worth saying: nothing for a scheduled event. */
    static String status(Event.Status status, Language language) {
        boolean en = language == Language.EN;
        return switch (status) {
            case CANCELLED -> en ? "Cancelled" : "Annulé";
            case POSTPONED -> en ? "Postponed" : "Reporté";
            case FULL -> en ? "Full" : "Complet";
            case SCHEDULED -> "";
        };
    }

    static String price(Event e, Language language) {
        boolean en = language == Language.EN;
        return switch (e.priceKind()) {
            case FREE -> en ? "Free" : "Gratuit";
            case PAY_WHAT_YOU_CAN -> en ? "Pay what you can" : "Prix libre";
            case PRICED -> range(e.priceMin(), e.priceMax());
            case UNKNOWN -> "";
        };
    }

    private static String range(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "";
        }
        if (min == null || max == null || min.compareTo(max) == 0) {
            return euros(min == null ? max : min);
        }
        return euros(min) + " – " + euros(max);
    }

    private static String euros(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? amount.toBigInteger() + " €"
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " €";
    }

    static List<Map<String, Object>> choices(List<Venue> venues) {
        return venues.stream().map(v -> Map.<String, Object>of("value", String.valueOf(v.id()), "label", v.name())).toList();
    }
}
