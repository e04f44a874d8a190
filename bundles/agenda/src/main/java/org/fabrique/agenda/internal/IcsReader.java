package org.fabrique.agenda.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.fabrique.agenda.Event;
import org.fabrique.core.InvalidInput;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Date;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DtEnd;

/**
 * Reads the events of an iCalendar feed one by one: the document is cut into its VEVENTs (each parsed
 * by ical4j with the feed's VTIMEZONEs), so that a malformed event is rejected with its reason and
 * the others are still read.
 */
final class IcsReader {

    /** An event read from a feed, with the fingerprint of its text (to skip it when it has not changed). */
    record Imported(String uid, String hash, EventDraft draft) {
    }

    /** An event of the feed that could not be taken, and why. */
    record Rejected(String where, String reason) {
    }

    record Result(List<Imported> events, List<Rejected> rejected) {
    }

    /** The document is not an iCalendar at all: nothing of the feed is touched. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private IcsReader() {
    }

    static Result read(String text) throws Unreadable {
        List<String> lines = unfold(text);
        if (lines.stream().noneMatch(l -> l.equalsIgnoreCase("BEGIN:VCALENDAR"))) {
            throw new Unreadable("Not an iCalendar document (no BEGIN:VCALENDAR).");
        }
        StringBuilder zones = new StringBuilder();
        List<List<String>> events = new ArrayList<>();
        List<String> current = null;
        boolean inZone = false;
        for (String line : lines) {
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VTIMEZONE")) {
                inZone = true;
            }
            if (inZone) {
                zones.append(line).append("\r\n");
                inZone = !upper.equals("END:VTIMEZONE");
            } else if (upper.equals("BEGIN:VEVENT")) {
                current = new ArrayList<>();
                current.add(line);
            } else if (current != null) {
                current.add(line);
                if (upper.equals("END:VEVENT")) {
                    events.add(current);
                    current = null;
                }
            }
        }
        List<Imported> imported = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int position = 0;
        for (List<String> block : events) {
            position++;
            String where = uidOf(block).orElse("#" + position);
            try {
                imported.add(parse(block, zones.toString()));
            } catch (InvalidInput e) {
                rejected.add(new Rejected(where, (e.field() == null ? "" : e.field() + ": ") + e.getMessage()));
            } catch (RuntimeException e) {
                rejected.add(new Rejected(where, "malformed: " + rootMessage(e)));
            }
        }
        return new Result(imported, rejected);
    }

    private static Imported parse(List<String> block, String zones) {
        String wrapped = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fabrique//Import//FR\r\n" + zones
                + String.join("\r\n", block) + "\r\nEND:VCALENDAR\r\n";
        return ICal.call(() -> {
            Calendar calendar = new CalendarBuilder(ICal.registry()).build(new StringReader(wrapped));
            VEvent vevent = (VEvent) calendar.getComponent("VEVENT");
            if (vevent.getProperty(Property.RECURRENCE_ID) != null) {
                throw new InvalidInput("RECURRENCE-ID", "a changed occurrence of a recurring event is not imported");
            }
            String uid = text(vevent.getUid());
            if (uid == null) {
                throw new InvalidInput("UID", "the event has no UID");
            }
            String title = text(vevent.getSummary());
            if (title == null) {
                throw new InvalidInput("SUMMARY", "the event has no title");
            }
            if (vevent.getStartDate() == null || vevent.getStartDate().getDate() == null) {
                throw new InvalidInput("DTSTART", "the event has no start");
            }
            Date start = vevent.getStartDate().getDate();
            boolean allDay = !(start instanceof net.fortuna.ical4j.model.DateTime);
            DtEnd end = vevent.getEndDate(true);
            Instant startsAt = ICal.instant(start);
            Instant endsAt = end == null || end.getDate() == null ? null : ICal.instant(end.getDate());
            if (endsAt != null && endsAt.equals(startsAt)) {
                endsAt = null; // no DTEND nor DURATION: ical4j gives the start, the agenda its default length
            }
            Property rrule = vevent.getProperty(Property.RRULE);
            Event.Status status = vevent.getStatus() != null && "CANCELLED".equalsIgnoreCase(vevent.getStatus().getValue())
                    ? Event.Status.CANCELLED : Event.Status.SCHEDULED;
            Property categories = vevent.getProperty(Property.CATEGORIES);
            EventDraft draft = new EventDraft(title, text(vevent.getDescription()), null, null,
                    text(vevent.getLocation()), null, Event.Attendance.ON_SITE, startsAt, endsAt, allDay,
                    rrule == null ? null : rrule.getValue(), dates(vevent, Property.EXDATE, allDay),
                    dates(vevent, Property.RDATE, allDay),
                    categories == null ? List.of() : List.of(categories.getValue().split(",")), List.of(),
                    Event.PriceKind.UNKNOWN, null, null, vevent.getUrl() == null ? null : vevent.getUrl().getValue(),
                    null, null, List.of(), null, null, status, null, null, null);
            return new Imported(uid, hash(block), EventChecks.check(draft));
        });
    }

    private static List<String> dates(VEvent vevent, String name, boolean allDay) {
        List<String> locals = new ArrayList<>();
        for (Property property : vevent.getProperties().getProperties(name)) {
            if (property instanceof DateListProperty list && list.getDates() != null) {
                for (Date date : list.getDates()) {
                    locals.add(ICal.local(ICal.instant(date), allDay));
                }
            }
        }
        return locals;
    }

    private static String text(Property property) {
        return property == null || property.getValue() == null || property.getValue().isBlank() ? null
                : property.getValue().trim();
    }

    private static java.util.Optional<String> uidOf(List<String> block) {
        return block.stream().filter(l -> l.regionMatches(true, 0, "UID:", 0, 4)).map(l -> l.substring(4).trim())
                .filter(u -> !u.isEmpty()).findFirst();
    }

    /** The fingerprint of the event's lines, without DTSTAMP (which many feeds rewrite on every request). */
    static String hash(List<String> block) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : block) {
                if (!line.regionMatches(true, 0, "DTSTAMP", 0, 7)) {
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 5545 §3.1: a line break followed by a space or a tab continues the previous line. */
    static List<String> unfold(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = null;
        for (String raw : text.split("\r?\n|\r")) {
            if (line != null && !raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t')) {
                line.append(raw, 1, raw.length());
            } else {
                if (line != null && !line.isEmpty()) {
                    lines.add(line.toString());
                }
                line = new StringBuilder(raw);
            }
        }
        if (line != null && !line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
