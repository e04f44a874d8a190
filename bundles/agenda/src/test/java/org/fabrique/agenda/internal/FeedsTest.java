package org.fabrique.agenda.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fabrique.agenda.AgendaFilter;
import org.fabrique.agenda.Event;
import org.fabrique.agenda.Occurrence;
import org.fabrique.core.Conflict;
import org.fabrique.testing.TestClock;
import org.fabrique.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * Imports of a real feed file (iCalendar, or a web page carrying schema.org JSON-LD) served over HTTP:
 * counts, a second run that changes nothing, an update.
 */
public class FeedsTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase("fabrique-agenda");

    private final TestClock clock = new TestClock(Instant.parse("2026-12-03T10:00:00Z"));
    private HttpServer server;
    private volatile String served = "first.ics";
    private AgendaDatabase database;
    private Feeds feeds;
    private Events events;
    private Occurrences occurrences;

    @Before
    public void setUp() throws IOException {
        database = new AgendaDatabase(DB.migrations(), DB.entityManagerFactory());
        for (String table : List.of("agenda_occurrence", "agenda_event", "agenda_feed_run", "agenda_feed", "agenda_venue")) {
            DB.update("DELETE FROM " + table);
        }
        events = new Events(database, TestConfig.defaults(), clock);
        feeds = new Feeds(database, events, TestConfig.defaults(), clock);
        occurrences = new Occurrences(database, new Venues(database, clock));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            if (exchange.getRequestURI().getPath().endsWith("missing.ics")) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            try (InputStream in = FeedsTest.class.getResourceAsStream("/feeds/" + served)) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type",
                    served.endsWith(".html") ? "text/html; charset=utf-8" : "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @After
    public void tearDown() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    public void aFeedIsImportedWithItsCountsAndASecondRunChangesNothing() {
        Feed feed = feeds.create("Le Fil", url("/programme.ics"), null, null);
        FeedRun first = feeds.run(feed.id());
        assertEquals(first.toString(), "OK", first.outcome());
        assertEquals(first.toString(), List.of(3, 0, 0, 0, 3),
                List.of(first.added(), first.updated(), first.unchanged(), first.removed(), first.rejected()));
        assertTrue(first.rejections().toString(), first.rejections().stream().anyMatch(r -> r.startsWith("broken@lefil.example — malformed")));
        assertTrue(first.rejections().toString(), first.rejections().stream().anyMatch(r -> r.contains("UID repeated")));
        assertTrue(first.rejections().toString(), first.rejections().stream().anyMatch(r -> r.contains("no UID")));
        long rows = DB.count("SELECT COUNT(*) FROM agenda_occurrence");

        clock.advance(java.time.Duration.ofHours(1));
        FeedRun second = feeds.run(feed.id());
        assertEquals(second.toString(), List.of(0, 0, 3, 0, 3),
                List.of(second.added(), second.updated(), second.unchanged(), second.removed(), second.rejected()));
        assertEquals(rows, DB.count("SELECT COUNT(*) FROM agenda_occurrence"));
        assertEquals(3, DB.count("SELECT COUNT(*) FROM agenda_event"));

        served = "second.ics";
        FeedRun third = feeds.run(feed.id());
        assertEquals(third.toString(), List.of(1, 1, 1, 1, 3),
                List.of(third.added(), third.updated(), third.unchanged(), third.removed(), third.rejected()));
        assertEquals("Concert : les Voix du Furan et invités",
                DB.value("SELECT title FROM agenda_event WHERE uid = 'concert-1@lefil.example'"));
        assertEquals(0, DB.count("SELECT COUNT(*) FROM agenda_event WHERE uid = 'expo@lefil.example'"));
        assertEquals(3, feeds.runs(feed.id(), 10).size());
    }

    @Test
    public void theWeekHoldsTheRecurringEventButNotItsExceptionAndTheRunningExhibition() {
        Feed feed = feeds.create("Le Fil", url("/programme.ics"), null, null);
        feeds.run(feed.id());
        Instant monday = LocalDate.parse("2026-12-07").atStartOfDay(ICal.PARIS).toInstant();
        List<Occurrence> week = occurrences.between(monday, monday.plus(java.time.Duration.ofDays(7)), AgendaFilter.NONE);
        List<String> titles = week.stream().map(o -> o.event().title()).toList();
        assertTrue(titles.toString(), titles.contains("Exposition : Saint-Étienne en transition"));
        assertTrue(titles.toString(), titles.contains("Concert : les Voix du Furan"));
        assertEquals(titles.toString(), 0, titles.stream().filter(t -> t.equals("Repair café")).count());
        List<Occurrence> next = occurrences.between(monday.plus(java.time.Duration.ofDays(7)),
                monday.plus(java.time.Duration.ofDays(14)), new AgendaFilter("repair café", null, null, null, false, false));
        assertEquals(1, next.size());
        assertEquals(Instant.parse("2026-12-17T17:00:00Z"), next.get(0).startsAt());
    }

    @Test
    public void aBrokenFeedIsReportedAndChangesNothingAndAClaimedFeedIsNotRunTwice() {
        Feed feed = feeds.create("Le Fil", url("/programme.ics"), null, null);
        feeds.run(feed.id());
        Feed missing = feeds.create("Disparu", url("/missing.ics"), null, null);
        FeedRun failed = feeds.run(missing.id());
        assertEquals("FAILED", failed.outcome());
        assertTrue(failed.error(), failed.error().contains("404"));
        assertEquals(3, DB.count("SELECT COUNT(*) FROM agenda_event"));

        assertTrue(feeds.claim(feed.id(), clock.instant()));
        assertThrows(Conflict.class, () -> feeds.run(feed.id()));
    }

    private Event imported(String uid) {
        Object id = DB.value("SELECT id FROM agenda_event WHERE uid = '" + uid.replace("'", "''") + "'");
        assertNotNull("no event " + uid, id);
        return events.find(((Number) id).longValue()).orElseThrow();
    }

    @Test
    public void aWebPageWithJsonLdEventsIsImportedLikeAFeedAndASecondRunChangesNothing() {
        served = "page-first.html";
        Feed feed = feeds.create("La Comète", url("/programme.html"), null, null);
        FeedRun first = feeds.run(feed.id());
        assertEquals(first.toString(), "OK", first.outcome());
        assertEquals(first.toString(), List.of(3, 0, 0, 0, 3),
                List.of(first.added(), first.updated(), first.unchanged(), first.removed(), first.rejected()));
        assertTrue(first.rejections().toString(), first.rejections().contains("#sans-titre — name: the event has no name"));
        assertTrue(first.rejections().toString(), first.rejections().stream().anyMatch(r -> r.startsWith("#date-floue — startDate: not an ISO 8601")));
        assertTrue(first.rejections().toString(), first.rejections().stream().anyMatch(r -> r.startsWith("script #3 — malformed JSON")));

        Event concert = imported("https://lacomete.example/concerts/voix-du-furan#event");
        assertEquals("Concert : les Voix du Furan", concert.title());
        assertEquals("Chorale & invités.\nEntrée par la cour.", concert.description());
        assertEquals("La Comète, 7 rue de la Ville, 42000 Saint-Étienne", concert.locationText());
        assertEquals(Instant.parse("2026-12-12T19:30:00Z"), concert.startsAt());
        assertEquals(Instant.parse("2026-12-12T21:30:00Z"), concert.endsAt());
        assertEquals(Event.PriceKind.PRICED, concert.priceKind());
        assertEquals(0, new BigDecimal("8").compareTo(concert.priceMin()));
        assertEquals(0, new BigDecimal("12.5").compareTo(concert.priceMax()));
        assertEquals(url("/billetterie/voix"), concert.bookingUrl());
        assertEquals(url("/images/voix.jpg"), concert.imageUrl());
        assertEquals("La chorale sur scène", concert.imageAlt());
        assertEquals(Event.Attendance.ON_SITE, concert.attendance());
        assertEquals(Event.Status.SCHEDULED, concert.status());

        // A night read in Paris local time across the change to summer time: 22:00 (+01:00) to 04:00 (+02:00).
        Event night = imported("https://lacomete.example/theatre/nuit-blanche");
        assertEquals(Instant.parse("2027-03-27T21:00:00Z"), night.startsAt());
        assertEquals(Instant.parse("2027-03-28T02:00:00Z"), night.endsAt());
        assertEquals(Event.Status.POSTPONED, night.status());
        assertEquals(Event.Attendance.MIXED, night.attendance());
        assertEquals("https://video.example/nuit", night.onlineUrl());
        assertEquals("La Comète", night.locationText());

        String expoUid = (String) DB.value("SELECT uid FROM agenda_event WHERE title = 'Exposition : Saint-Étienne en transition'");
        assertTrue(expoUid, expoUid.startsWith("jsonld-"));
        Event expo = imported(expoUid);
        assertTrue(expo.allDay());
        assertEquals(LocalDate.parse("2026-12-05").atStartOfDay(ICal.PARIS).toInstant(), expo.startsAt());
        assertEquals(LocalDate.parse("2026-12-21").atStartOfDay(ICal.PARIS).toInstant(), expo.endsAt());
        assertEquals(Event.PriceKind.FREE, expo.priceKind());
        assertEquals("Hall de la Comète", expo.locationText());
        long rows = DB.count("SELECT COUNT(*) FROM agenda_occurrence");

        clock.advance(java.time.Duration.ofHours(1));
        FeedRun second = feeds.run(feed.id());
        assertEquals(second.toString(), List.of(0, 0, 3, 0, 3),
                List.of(second.added(), second.updated(), second.unchanged(), second.removed(), second.rejected()));
        assertEquals(rows, DB.count("SELECT COUNT(*) FROM agenda_occurrence"));
        assertEquals(expoUid, DB.value("SELECT uid FROM agenda_event WHERE title = 'Exposition : Saint-Étienne en transition'"));

        served = "page-second.html";
        FeedRun third = feeds.run(feed.id());
        assertEquals(third.toString(), List.of(1, 1, 1, 1, 3),
                List.of(third.added(), third.updated(), third.unchanged(), third.removed(), third.rejected()));
        assertEquals("Concert : les Voix du Furan et invités",
                imported("https://lacomete.example/concerts/voix-du-furan#event").title());
        assertEquals(0, DB.count("SELECT COUNT(*) FROM agenda_event WHERE uid = 'https://lacomete.example/theatre/nuit-blanche'"));
        assertEquals(3, DB.count("SELECT COUNT(*) FROM agenda_event"));
        Event soup = imported((String) DB.value("SELECT uid FROM agenda_event WHERE title = 'Soupe partagée'"));
        assertEquals(Event.Status.CANCELLED, soup.status());
        assertEquals(Event.Attendance.ONLINE, soup.attendance());
        assertEquals("https://video.example/soupe", soup.onlineUrl());
    }

    @Test
    public void aPageWithoutJsonLdEventsFailsAndRemovesNothing() {
        served = "page-first.html";
        Feed feed = feeds.create("La Comète", url("/programme.html"), null, null);
        feeds.run(feed.id());
        served = "plain.html";
        FeedRun failed = feeds.run(feed.id());
        assertEquals(failed.toString(), "FAILED", failed.outcome());
        assertTrue(failed.error(), failed.error().contains("application/ld+json"));
        assertEquals(3, DB.count("SELECT COUNT(*) FROM agenda_event"));
    }

    @Test
    public void theScriptBlocksAreFoundWithoutARegularExpressionAndDescriptionsBecomePlainText() {
        String page = "<p>a < b</p><script>x = '<script type=\"application/ld+json\">';</script>"
                + "<script type='application/ld+json' id=x>{\"a\":1}</script><script type=application/ld+json><!--[2]--></SCRIPT>"
                + "<script type=\"application/ld+json\">{\"unterminated\": ";
        assertEquals(List.of("{\"a\":1}", "[2]"), JsonLdReader.scripts(page));
        assertEquals("Un & deux\ntrois", JsonLdReader.plain("<b>Un</b> &amp; deux<br/>  trois "));
        assertEquals(Instant.parse("2026-10-24T10:00:00Z"), JsonLdReader.instant("2026-10-24T12:00", false, "startDate"));
        assertEquals(Instant.parse("2026-10-25T11:00:00Z"), JsonLdReader.instant("2026-10-25T12:00:00", false, "startDate"));
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), JsonLdReader.instant("2026-10-25T02:30:00+0200", false, "startDate"));
    }
}
