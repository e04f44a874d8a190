package org.fabrique.agenda.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fabrique.core.InvalidInput;

/** ISO weeks as the agenda names them: {@code 2026-W49}, Monday to Sunday in Europe/Paris. */
public final class Weeks {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

    private Weeks() {
    }

    /** The Monday of the named week, or of the current week when none is named; {@link InvalidInput} on {@code field}. */
    static LocalDate monday(String week, Clock clock, String field) {
        if (week == null || week.isBlank()) {
            return LocalDate.now(clock.withZone(ICal.PARIS)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        Matcher matcher = WEEK.matcher(week.trim());
        if (!matcher.matches()) {
            throw new InvalidInput(field, "A week is written like 2026-W49.");
        }
        int year = Integer.parseInt(matcher.group(1));
        int number = Integer.parseInt(matcher.group(2));
        LocalDate anyDay = LocalDate.of(year, 6, 1);
        if (number < 1 || number > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum() || year < 2000 || year > 2100) {
            throw new InvalidInput(field, "No week " + week + ".");
        }
        return anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
    }

    static String name(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A date {@code yyyy-MM-dd}; {@link InvalidInput} on {@code field}. */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "A date is required, written like 2026-12-08.");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "A date is written like 2026-12-08.");
        }
    }
}
