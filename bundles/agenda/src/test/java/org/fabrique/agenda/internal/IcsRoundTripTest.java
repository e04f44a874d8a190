package org.fabrique.agenda.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fabrique.agenda.Event;
import org.junit.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** A recurring event with an exception goes out as one VEVENT with its rule and comes back intact. */
public class IcsRoundTripTest {

    private static Event repairCafe() {
        Instant start = Instant.parse("2026-10-01T16:00:00Z");
        return new Event(7, "repair@fabrique", "Repair café", "Apportez vos **objets** cassés.", null, null,
                "Maison de quartier", null, Event.Attendance.ON_SITE, start, start.plusSeconds(7200), false,
                "FREQ=WEEKLY;BYDAY=TH", List.of("20261210T180000"), List.of("20261219T140000"), List.of("repair café"),
                List.of(), Event.PriceKind.FREE, null, null, null, null, null, List.of(), null, null,
                Event.Status.SCHEDULED, "fr", Event.Review.PUBLISHED, null, null, Events.BY_HAND, start, start);
    }

    @Test
    public void theRuleAndTheExceptionGoOutAsOneEventAndComeBackIntact() throws Exception {
        String ics = IcsWriter.write("Agenda", List.of(repairCafe()), Map.of(), e -> "https://fabrique.example/agenda/evenements/" + e.id(),
                md -> md.replace("**", ""));
        assertEquals(ics, 1, ics.split("BEGIN:VEVENT").length - 1);
        assertTrue(ics, ics.contains("RRULE:FREQ=WEEKLY;BYDAY=TH"));
        assertTrue(ics, ics.contains("EXDATE;TZID=Europe/Paris:20261210T180000"));
        assertTrue(ics, ics.contains("DTSTART;TZID=Europe/Paris:20261001T180000"));
        assertTrue(ics, ics.contains("BEGIN:VTIMEZONE"));

        // Another client: ical4j's own strict reader of the whole document.
        Calendar calendar = ICal.call(() -> new CalendarBuilder().build(new StringReader(ics)));
        VEvent vevent = (VEvent) calendar.getComponent("VEVENT");
        assertEquals("FREQ=WEEKLY;BYDAY=TH", vevent.getProperty(Property.RRULE).getValue());
        assertEquals("20261210T180000", vevent.getProperty(Property.EXDATE).getValue());
        ICal.call(() -> {
            calendar.validate();
            return null;
        });

        IcsReader.Result back = IcsReader.read(ics);
        assertEquals(back.rejected().toString(), 1, back.events().size());
        EventDraft draft = back.events().get(0).draft();
        assertEquals("FREQ=WEEKLY;BYDAY=TH", draft.rrule());
        assertEquals(List.of("20261210T180000"), draft.exdates());
        assertEquals(List.of("20261219T140000"), draft.rdates());
        assertEquals(repairCafe().startsAt(), draft.startsAt());
        assertEquals(repairCafe().endsAt(), draft.endsAt());
        assertEquals("repair@fabrique", back.events().get(0).uid());
        assertEquals("Apportez vos objets cassés.", draft.description());
    }

    @Test
    public void anAllDayEventGoesOutAsDates() throws Exception {
        Instant day = Instant.parse("2026-12-04T23:00:00Z");
        Event market = new Event(8, "market@fabrique", "Marché de Noël", null, null, null, null, null,
                Event.Attendance.ON_SITE, day, day.plusSeconds(2 * 86400), true, null, List.of(), List.of(),
                List.of("market"), List.of(), Event.PriceKind.FREE, null, null, null, null, null, List.of(), null, null,
                Event.Status.CANCELLED, "fr", Event.Review.PUBLISHED, null, null, Events.BY_HAND, day, day);
        String ics = IcsWriter.write("Agenda", List.of(market), Map.of(), e -> "https://fabrique.example/e", md -> md);
        assertTrue(ics, ics.contains("DTSTART;VALUE=DATE:20261205"));
        assertTrue(ics, ics.contains("DTEND;VALUE=DATE:20261207"));
        assertTrue(ics, ics.contains("STATUS:CANCELLED"));
        EventDraft back = IcsReader.read(ics).events().get(0).draft();
        assertTrue(back.allDay());
        assertEquals(Event.Status.CANCELLED, back.status());
    }
}
