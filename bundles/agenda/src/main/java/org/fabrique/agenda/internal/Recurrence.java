package org.fabrique.agenda.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.fabrique.core.InvalidInput;

import net.fortuna.ical4j.model.Date;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.parameter.Value;

/**
 * The occurrences of an event in a window, from its first slot and its iCalendar rule (RRULE, EXDATE,
 * RDATE). The rule is expanded in Europe/Paris local time, so that a Tuesday 20:30 stays at 20:30 on
 * both sides of a daylight-saving change. Rules more frequent than daily are refused, and no event
 * yields more than {@value #MAX_OCCURRENCES} occurrences in one window: an unbounded rule cannot blow up.
 */
final class Recurrence {

    static final int MAX_OCCURRENCES = 2000;
    private static final Set<Recur.Frequency> FREQUENCIES = Set.of(Recur.Frequency.DAILY, Recur.Frequency.WEEKLY,
            Recur.Frequency.MONTHLY, Recur.Frequency.YEARLY);

    /** One time the event happens. */
    record Slot(Instant start, Instant end) {
    }

    private Recurrence() {
    }

    /** Checks a rule as a client gives it ({@code FREQ=WEEKLY;BYDAY=TU}); {@link InvalidInput} on {@code rrule}. */
    static String checkRule(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            return null;
        }
        String value = rrule.trim();
        if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
            value = value.substring(6);
        }
        Recur recur = parse(value);
        if (recur.getFrequency() == null || !FREQUENCIES.contains(recur.getFrequency())) {
            throw new InvalidInput("rrule", "The rule must repeat daily, weekly, monthly or yearly.");
        }
        return value;
    }

    /** Checks local exception or extra dates; {@link InvalidInput} on the field. */
    static List<String> checkDates(List<String> dates, boolean allDay, String field) {
        if (dates == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        for (String date : dates) {
            if (date != null && !date.isBlank()) {
                checked.add(ICal.local(ICal.instant(date, allDay, field), allDay));
            }
        }
        return checked;
    }

    /** The slots of the event that start before {@code to} and end after {@code from}, in order. */
    static List<Slot> expand(Instant start, Instant end, boolean allDay, String rrule, List<String> exdates,
            List<String> rdates, Instant from, Instant to) {
        Duration length = Duration.between(start, end);
        TreeSet<Instant> starts = new TreeSet<>();
        starts.add(start);
        if (rrule != null) {
            starts.addAll(ruleStarts(start, allDay, rrule, from.minus(length), to));
        }
        for (String rdate : rdates) {
            starts.add(ICal.instant(rdate, allDay, "rdates"));
        }
        Set<String> excluded = new HashSet<>(exdates);
        List<Slot> slots = new ArrayList<>();
        for (Instant s : starts) {
            Instant e = s.plus(length);
            if (s.isBefore(to) && e.isAfter(from) && !excluded.contains(ICal.local(s, allDay))) {
                slots.add(new Slot(s, e));
                if (slots.size() == MAX_OCCURRENCES) {
                    break;
                }
            }
        }
        return slots;
    }

    private static List<Instant> ruleStarts(Instant start, boolean allDay, String rrule, Instant from, Instant to) {
        return ICal.call(() -> {
            Recur recur = parse(rrule);
            Date seed = allDay ? ICal.date(start) : ICal.dateTime(start);
            Date periodStart = allDay ? ICal.date(from.isBefore(start) ? start : from) : ICal.dateTime(from.isBefore(start) ? start : from);
            Date periodEnd = allDay ? ICal.date(to) : ICal.dateTime(to);
            DateList dates = recur.getDates(seed, periodStart, periodEnd, allDay ? Value.DATE : Value.DATE_TIME,
                    MAX_OCCURRENCES);
            List<Instant> instants = new ArrayList<>(dates.size());
            for (Date date : dates) {
                instants.add(ICal.instant(date));
            }
            return instants;
        });
    }

    private static Recur parse(String value) {
        try {
            return ICal.call(() -> new Recur(value));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput("rrule", "Not an iCalendar rule: " + value);
        }
    }
}
