package org.fabrique.agenda.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fabrique.agenda.AgendaFilter;
import org.fabrique.agenda.Occurrence;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The agenda as people read it: a week or a range of days, each day with its occurrences in order. */
@Component(service = Agenda.class)
public class Agenda {

    static final int MAX_DAYS = 92;

    private final Occurrences occurrences;
    private final Clock clock;

    @Activate
    public Agenda(@Reference Occurrences occurrences) {
        this(occurrences, Clock.systemUTC());
    }

    Agenda(Occurrences occurrences, Clock clock) {
        this.occurrences = occurrences;
        this.clock = clock;
    }

    /** One day and what happens on it (an event running over several days is on each of them). */
    public record Day(LocalDate date, String label, List<Occurrence> occurrences) {
    }

    public record Week(String week, LocalDate from, LocalDate to, String previous, String next, List<Day> days) {
    }

    public Week week(String week, AgendaFilter filter, Language language) {
        LocalDate monday = Weeks.monday(week, clock, "week");
        return new Week(Weeks.name(monday), monday, monday.plusDays(6), Weeks.name(monday.minusWeeks(1)),
                Weeks.name(monday.plusWeeks(1)), days(monday, monday.plusDays(6), filter, language));
    }

    /** The days from {@code from} to {@code to}, both included; {@link InvalidInput} beyond {@value #MAX_DAYS} days. */
    public List<Day> days(LocalDate from, LocalDate to, AgendaFilter filter, Language language) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "The end comes before the start.");
        }
        if (Duration.between(from.atStartOfDay(), to.atStartOfDay()).toDays() >= MAX_DAYS) {
            throw new InvalidInput("to", "At most " + MAX_DAYS + " days at once.");
        }
        Instant start = from.atStartOfDay(ICal.PARIS).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ICal.PARIS).toInstant();
        Map<LocalDate, List<Occurrence>> byDay = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            byDay.put(day, new ArrayList<>());
        }
        for (Occurrence occurrence : occurrences.between(start, end, filter)) {
            LocalDate first = occurrence.startsAt().atZone(ICal.PARIS).toLocalDate();
            LocalDate last = occurrence.endsAt().minusMillis(1).atZone(ICal.PARIS).toLocalDate();
            for (LocalDate day = first.isBefore(from) ? from : first; !day.isAfter(last) && !day.isAfter(to); day = day.plusDays(1)) {
                byDay.get(day).add(occurrence);
            }
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, list) -> days.add(new Day(day, FrenchDates.day(day, language), list)));
        return days;
    }

    /** The occurrences of the next days, one per event, for the home page and letters. */
    public List<Occurrence> upcoming(LocalDate from, LocalDate to, int limit) {
        Instant start = from.atStartOfDay(ICal.PARIS).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ICal.PARIS).toInstant();
        Map<Long, Occurrence> first = new LinkedHashMap<>();
        for (Occurrence occurrence : occurrences.between(start, end, AgendaFilter.NONE)) {
            if (occurrence.event().status() != org.fabrique.agenda.Event.Status.CANCELLED) {
                first.putIfAbsent(occurrence.event().id(), occurrence);
            }
        }
        return first.values().stream().limit(limit).toList();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ICal.PARIS));
    }
}
