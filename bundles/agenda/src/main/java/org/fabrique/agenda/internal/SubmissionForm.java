package org.fabrique.agenda.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.fabrique.agenda.Event;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;

/** The fields of the "propose an event" form, read into a draft, and the errors shown next to them. */
final class SubmissionForm {

    static final List<String> FIELDS = List.of("title", "description", "date", "start", "end", "venue", "location",
            "category", "price", "priceMin", "bookingUrl", "repeat", "until", "structure", "authorEmail", "authorName");

    private SubmissionForm() {
    }

    static Map<String, String> values(Function<String, String> parameter) {
        Map<String, String> values = new HashMap<>();
        for (String field : FIELDS) {
            String value = parameter.apply(field);
            values.put(field, value == null ? "" : value.trim());
        }
        return values;
    }

    /** The draft the form describes; {@link InvalidInput} naming the form's field. */
    static EventDraft draft(Map<String, String> v) {
        if (v.get("title").isEmpty()) {
            throw new InvalidInput("title", "required");
        }
        LocalDate date = parse("date", () -> LocalDate.parse(v.get("date")));
        boolean allDay = v.get("start").isEmpty();
        Instant start = allDay ? date.atStartOfDay(ICal.PARIS).toInstant()
                : date.atTime(parse("start", () -> LocalTime.parse(v.get("start")))).atZone(ICal.PARIS).toInstant();
        Instant end = null;
        if (!v.get("end").isEmpty() && !allDay) {
            LocalTime endTime = parse("end", () -> LocalTime.parse(v.get("end")));
            LocalDate endDate = endTime.isAfter(start.atZone(ICal.PARIS).toLocalTime()) ? date : date.plusDays(1);
            end = endDate.atTime(endTime).atZone(ICal.PARIS).toInstant();
        }
        String rrule = switch (v.get("repeat")) {
            case "weekly" -> "FREQ=WEEKLY";
            case "monthly" -> "FREQ=MONTHLY";
            case "" , "none" -> null;
            default -> throw new InvalidInput("repeat", "unknown");
        };
        if (rrule != null && !v.get("until").isEmpty()) {
            LocalDate until = parse("until", () -> LocalDate.parse(v.get("until")));
            if (until.isBefore(date)) {
                throw new InvalidInput("until", "before the start");
            }
            rrule += ";UNTIL=" + ICal.LOCAL_DATE.format(until) + (allDay ? "" : "T235959Z");
        }
        Event.PriceKind price = switch (v.get("price")) {
            case "free" -> Event.PriceKind.FREE;
            case "pwyc" -> Event.PriceKind.PAY_WHAT_YOU_CAN;
            case "priced" -> Event.PriceKind.PRICED;
            default -> Event.PriceKind.UNKNOWN;
        };
        BigDecimal priceMin = v.get("priceMin").isEmpty() ? null
                : parse("priceMin", () -> new BigDecimal(v.get("priceMin").replace(',', '.')));
        Long venue = v.get("venue").isEmpty() ? null : parse("venue", () -> Long.valueOf(v.get("venue")));
        Long structure = v.get("structure").isEmpty() ? null : parse("structure", () -> Long.valueOf(v.get("structure")));
        return new EventDraft(v.get("title"), v.get("description"), structure, venue, v.get("location"), null,
                Event.Attendance.ON_SITE, start, end, allDay, rrule, List.of(), List.of(),
                v.get("category").isEmpty() ? List.of() : List.of(v.get("category")), List.of(), price, priceMin,
                null, v.get("bookingUrl"), null, null, List.of(), null, null, Event.Status.SCHEDULED, "fr",
                v.get("authorEmail"), v.get("authorName"));
    }

    /** The form field an error of the draft belongs to. */
    static String field(String draftField) {
        return switch (draftField == null ? "" : draftField) {
            case "startsAt", "exdates", "rdates" -> "date";
            case "endsAt" -> "end";
            case "rrule" -> "repeat";
            case "venueId" -> "venue";
            case "structureId" -> "structure";
            case "locationText" -> "location";
            case "priceMax" -> "priceMin";
            default -> FIELDS.contains(draftField) ? draftField : "title";
        };
    }

    /** What to tell the visitor about a field, in plain words. */
    static String message(String field, Language language) {
        boolean en = language == Language.EN;
        return switch (field) {
            case "title" -> en ? "Give the event a title (300 characters at most)." : "Donnez un titre à l'événement (300 caractères au plus).";
            case "date" -> en ? "Give the date, like 2026-12-08." : "Indiquez la date, par exemple 2026-12-08.";
            case "start" -> en ? "Give the start time, like 20:30." : "Indiquez l'heure de début, par exemple 20:30.";
            case "end" -> en ? "The end time must come after the start." : "L'heure de fin doit venir après le début.";
            case "repeat", "until" -> en ? "Check the repetition and its last date." : "Vérifiez la répétition et sa date de fin.";
            case "venue" -> en ? "Choose a venue from the list." : "Choisissez un lieu dans la liste.";
            case "priceMin" -> en ? "Give a price in euros, like 8 or 8,50." : "Indiquez un prix en euros, par exemple 8 ou 8,50.";
            case "bookingUrl" -> en ? "Give a web address starting with https://." : "Indiquez une adresse web commençant par https://.";
            case "authorEmail" -> en ? "Give your e-mail address: the moderators answer there." : "Indiquez votre adresse e-mail : la modération vous répondra à cette adresse.";
            case "structure" -> en ? "You cannot publish for this structure." : "Vous ne pouvez pas publier pour cette structure.";
            default -> en ? "Check this field." : "Vérifiez ce champ.";
        };
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidInput(field, "malformed");
        }
    }
}
