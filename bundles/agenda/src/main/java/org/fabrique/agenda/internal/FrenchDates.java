package org.fabrique.agenda.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.fabrique.core.Language;

/** Days and times as people read them, in Europe/Paris: "mardi 8 décembre, 20 h 30" or "Tuesday 8 December, 8:30 pm". */
final class FrenchDates {

    private static final DateTimeFormatter DAY_FR = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    private FrenchDates() {
    }

    static String day(LocalDate day, Language language) {
        return (language == Language.EN ? DAY_EN : DAY_FR).format(day);
    }

    static String time(Instant instant, Language language) {
        ZonedDateTime local = instant.atZone(ICal.PARIS);
        if (language == Language.EN) {
            return TIME_EN.format(local).toLowerCase(Locale.ROOT);
        }
        return local.getMinute() == 0 ? local.getHour() + " h" : local.getHour() + " h " + String.format("%02d", local.getMinute());
    }

    /** "mardi 8 décembre, 20 h 30"; for an all-day event, the day alone. */
    static String when(Instant start, boolean allDay, Language language) {
        String day = day(start.atZone(ICal.PARIS).toLocalDate(), language);
        return allDay ? day : day + ", " + time(start, language);
    }
}
