package org.fabrique.agenda.internal;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.fabrique.core.InvalidInput;

import net.fortuna.ical4j.model.Date;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

/**
 * ical4j as this bundle embeds it: every call runs with the bundle's class loader as context, so that
 * ical4j finds its {@code ical4j.properties}, its service factories and its zoneinfo under OSGi.
 * Also the conversions between instants and the local Europe/Paris values iCalendar carries.
 */
final class ICal {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private static final TimeZoneRegistry REGISTRY = call(() -> TimeZoneRegistryFactory.getInstance().createRegistry());
    private static final TimeZone PARIS_ZONE = call(() -> REGISTRY.getTimeZone(PARIS.getId()));

    private ICal() {
    }

    static <T> T call(Callable<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(ICal.class.getClassLoader());
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    static TimeZoneRegistry registry() {
        return REGISTRY;
    }

    static TimeZone paris() {
        return PARIS_ZONE;
    }

    /** The instant as iCalendar writes it in Paris: {@code 20261208T203000}, or {@code 20261208} for a day. */
    static String local(Instant instant, boolean allDay) {
        return allDay ? LOCAL_DATE.format(instant.atZone(PARIS).toLocalDate())
                : LOCAL_DATE_TIME.format(instant.atZone(PARIS).toLocalDateTime());
    }

    /** The instant of a local Paris value; {@link InvalidInput} on {@code field} when it does not parse. */
    static Instant instant(String local, boolean allDay, String field) {
        try {
            return allDay ? LocalDate.parse(local.trim(), LOCAL_DATE).atStartOfDay(PARIS).toInstant()
                    : LocalDateTime.parse(local.trim(), LOCAL_DATE_TIME).atZone(PARIS).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "'" + local + "' is not a " + (allDay ? "date yyyyMMdd" : "date-time yyyyMMdd'T'HHmmss"));
        }
    }

    static DateTime dateTime(Instant instant) {
        DateTime value = new DateTime(instant.toEpochMilli());
        value.setTimeZone(PARIS_ZONE);
        return value;
    }

    static Date date(Instant instant) {
        try {
            return new Date(local(instant, true));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The instant an ical4j value stands for; floating times and dates are read in Paris. */
    static Instant instant(Date value) {
        if (value instanceof DateTime dateTime) {
            if (dateTime.isUtc() || dateTime.getTimeZone() != null) {
                return Instant.ofEpochMilli(dateTime.getTime());
            }
            return LocalDateTime.parse(dateTime.toString().substring(0, 15), LOCAL_DATE_TIME).atZone(PARIS).toInstant();
        }
        return LocalDate.parse(value.toString(), LOCAL_DATE).atStartOfDay(PARIS).toInstant();
    }
}
