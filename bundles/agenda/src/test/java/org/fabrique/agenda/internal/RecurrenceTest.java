package org.fabrique.agenda.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.fabrique.core.InvalidInput;
import org.junit.Test;

public class RecurrenceTest {

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(ICal.PARIS).toInstant();
    }

    @Test
    public void aWeeklyEveningStaysAtHalfPastEightAcrossTheDaylightSavingChange() {
        // Tuesdays at 20:30 from 13 October 2026; summer time ends on Sunday 25 October.
        List<Recurrence.Slot> slots = Recurrence.expand(paris("2026-10-13T20:30"), paris("2026-10-13T22:30"), false,
                "FREQ=WEEKLY;BYDAY=TU", List.of(), List.of(), paris("2026-10-01T00:00"), paris("2026-11-05T00:00"));
        assertEquals(4, slots.size());
        for (Recurrence.Slot slot : slots) {
            ZonedDateTime local = slot.start().atZone(ICal.PARIS);
            assertEquals(slot.toString(), 20, local.getHour());
            assertEquals(30, local.getMinute());
            assertEquals(2, slot.end().atZone(ICal.PARIS).getHour() - local.getHour());
        }
        assertEquals(Instant.parse("2026-10-20T18:30:00Z"), slots.get(1).start());
        assertEquals(Instant.parse("2026-10-27T19:30:00Z"), slots.get(2).start());
    }

    @Test
    public void anExceptionDateRemovesOneOccurrenceAndAnExtraDateAddsOne() {
        List<Recurrence.Slot> slots = Recurrence.expand(paris("2026-12-01T20:30"), paris("2026-12-01T22:00"), false,
                "FREQ=WEEKLY;BYDAY=TU;COUNT=4", List.of("20261208T203000"), List.of("20261219T150000"),
                paris("2026-11-01T00:00"), paris("2027-02-01T00:00"));
        assertEquals(List.of(paris("2026-12-01T20:30"), paris("2026-12-15T20:30"), paris("2026-12-19T15:00"),
                paris("2026-12-22T20:30")), slots.stream().map(Recurrence.Slot::start).toList());
    }

    @Test
    public void anUnboundedDailyRuleYieldsOnlyTheWindow() {
        List<Recurrence.Slot> slots = Recurrence.expand(paris("2020-01-01T10:00"), paris("2020-01-01T11:00"), false,
                "FREQ=DAILY", List.of(), List.of(), paris("2026-12-07T00:00"), paris("2026-12-14T00:00"));
        assertEquals(7, slots.size());
        assertEquals(paris("2026-12-07T10:00"), slots.get(0).start());
    }

    @Test
    public void anAllDayMonthlyMarketKeepsItsDays() {
        List<Recurrence.Slot> slots = Recurrence.expand(paris("2026-03-07T00:00"), paris("2026-03-08T00:00"), true,
                "FREQ=MONTHLY;BYDAY=1SA", List.of("20260404"), List.of(), paris("2026-03-01T00:00"),
                paris("2026-06-01T00:00"));
        assertEquals(List.of(paris("2026-03-07T00:00"), paris("2026-05-02T00:00")),
                slots.stream().map(Recurrence.Slot::start).toList());
    }

    @Test
    public void rulesMoreFrequentThanDailyOrMalformedAreRefusedNamingTheField() {
        assertEquals("rrule", assertThrows(InvalidInput.class, () -> Recurrence.checkRule("FREQ=MINUTELY")).field());
        assertEquals("rrule", assertThrows(InvalidInput.class, () -> Recurrence.checkRule("FREQ=SOMETIMES")).field());
        assertEquals("exdates", assertThrows(InvalidInput.class,
                () -> Recurrence.checkDates(List.of("8 décembre"), false, "exdates")).field());
        assertEquals("FREQ=WEEKLY;BYDAY=TU", Recurrence.checkRule("RRULE:FREQ=WEEKLY;BYDAY=TU"));
        assertTrue(Recurrence.checkRule("  ") == null);
    }
}
