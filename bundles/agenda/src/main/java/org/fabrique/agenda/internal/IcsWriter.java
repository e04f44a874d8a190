package org.fabrique.agenda.internal;


import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.fabrique.agenda.Event;
import org.fabrique.agenda.Venue;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Events as an iCalendar document (RFC 5545), written with ical4j: one VEVENT per event, a recurring
 * one with its RRULE, EXDATE and RDATE as stored (never expanded into copies), times in Europe/Paris
 * with the VTIMEZONE that defines it.
 */
final class IcsWriter {

    private IcsWriter() {
    }

    /**
     * @param link      the absolute address of an event's page
     * @param plainText the event's description without its Markdown
     */
    static String write(String name, List<Event> events, Map<Long, Venue> venues, Function<Event, String> link,
            Function<String, String> plainText) {
        return ICal.call(() -> {
            Calendar calendar = new Calendar();
            calendar.getProperties().add(new ProdId("-//Fabrique de la Transition//Agenda//FR"));
            calendar.getProperties().add(Version.VERSION_2_0);
            calendar.getProperties().add(CalScale.GREGORIAN);
            calendar.getProperties().add(new XProperty("X-WR-CALNAME", name));
            calendar.getProperties().add(new XProperty("X-WR-TIMEZONE", ICal.PARIS.getId()));
            calendar.getComponents().add(ICal.paris().getVTimeZone());
            for (Event event : events) {
                calendar.getComponents().add(vevent(event, event.venueId() == null ? null : venues.get(event.venueId()), link.apply(event), plainText));
            }
            StringWriter out = new StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        });
    }

    private static VEvent vevent(Event event, Venue venue, String link, Function<String, String> plainText)
            throws Exception {
        VEvent vevent = new VEvent(false);
        PropertyList<net.fortuna.ical4j.model.Property> p = vevent.getProperties();
        p.add(new Uid(event.uid()));
        p.add(new DtStamp(utc(event.updatedAt())));
        if (event.allDay()) {
            p.add(new DtStart(ICal.date(event.startsAt())));
            p.add(new DtEnd(ICal.date(event.endsAt())));
        } else {
            p.add(new DtStart(ICal.dateTime(event.startsAt())));
            p.add(new DtEnd(ICal.dateTime(event.endsAt())));
        }
        p.add(new Summary(event.title()));
        if (event.description() != null) {
            p.add(new Description(plainText.apply(event.description())));
        }
        String where = venue != null ? venue.name() + (venue.address() == null ? "" : ", " + venue.address())
                : event.locationText() != null ? event.locationText() : event.onlineUrl();
        if (where != null) {
            p.add(new Location(where));
        }
        p.add(new Url(URI.create(link)));
        if (!event.categories().isEmpty()) {
            p.add(new Categories(new TextList(event.categories().toArray(String[]::new))));
        }
        p.add(new Status(switch (event.status()) {
            case CANCELLED -> Status.VALUE_CANCELLED;
            case POSTPONED -> Status.VALUE_TENTATIVE;
            default -> Status.VALUE_CONFIRMED;
        }));
        if (event.rrule() != null) {
            p.add(new RRule(event.rrule()));
        }
        if (!event.exdates().isEmpty()) {
            p.add(new ExDate(dateParameters(event.allDay()), dates(event.exdates(), event.allDay())));
        }
        if (!event.rdates().isEmpty()) {
            p.add(new RDate(dateParameters(event.allDay()), dates(event.rdates(), event.allDay())));
        }
        p.add(new LastModified(utc(event.updatedAt())));
        return vevent;
    }

    private static ParameterList dateParameters(boolean allDay) {
        ParameterList parameters = new ParameterList();
        parameters.add(allDay ? Value.DATE : new TzId(ICal.PARIS.getId()));
        return parameters;
    }

    private static DateList dates(List<String> locals, boolean allDay) {
        DateList list = allDay ? new DateList(Value.DATE) : new DateList(Value.DATE_TIME, ICal.paris());
        for (String local : locals) {
            Instant instant = ICal.instant(local, allDay, "dates");
            list.add(allDay ? ICal.date(instant) : ICal.dateTime(instant));
        }
        return list;
    }

    private static DateTime utc(Instant instant) {
        DateTime value = new DateTime(instant.toEpochMilli());
        value.setUtc(true);
        return value;
    }
}
