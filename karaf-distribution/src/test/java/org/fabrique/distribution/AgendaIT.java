package org.fabrique.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.fabrique.distribution.Api.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The agenda module in the real distribution: installed live from the admin API, it brings its API,
 * pages, navigation entry and home section; events recur and export as iCalendar; a visitor's
 * proposal waits for a moderator; a feed served over HTTP by this test imports with the right
 * counts, twice; removed, everything of it is gone; reinstalled, its data is back.
 */
public class AgendaIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static RunningDistribution distribution;
    private static Api api;
    private static Api site;
    private static HttpServer feedServer;
    private static final AtomicReference<String> SERVED = new AtomicReference<>("first.ics");

    @BeforeClass
    public static void start() throws Exception {
        distribution = RunningDistribution.unpack("agenda-it");
        distribution.start(Duration.ofSeconds(90));
        api = distribution.api();
        site = new Api(distribution.url(""));
        feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.createContext("/programme.ics", exchange -> {
            byte[] body;
            try (InputStream in = AgendaIT.class.getResourceAsStream("/agenda/" + SERVED.get())) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        feedServer.createContext("/programme.html", exchange -> {
            byte[] body = PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        feedServer.start();
    }

    /** A venue's web page describing its programme in schema.org JSON-LD: one good event, one without a name. */
    private static final String PAGE = "<!DOCTYPE html><html lang=\"fr\"><head><title>La Comète</title>"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"TheaterEvent\",\"@id\":\"https://lacomete.example/#lecture\",\"name\":\"Lecture à voix haute\","
            + "\"startDate\":\"2026-12-09T19:00\",\"isAccessibleForFree\":true},"
            + "{\"@type\":\"Event\",\"@id\":\"https://lacomete.example/#anonyme\",\"startDate\":\"2026-12-10T19:00\"}]}"
            + "</script></head><body><p>Programme</p></body></html>";

    @AfterClass
    public static void stop() throws Exception {
        if (feedServer != null) {
            feedServer.stop(0);
        }
        distribution.close();
    }

    @Test
    public void theAgendaComesLiveRecursImportsModeratesAndKeepsItsDataAcrossReinstall() {
        String admin = api.login(RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
        assertEquals(404, api.get("/agenda/week", null).status());
        assertFalse(site.get("/", null).body().contains("href=\"/agenda\""));

        Reply installed = api.post("/admin/modules/agenda", admin, null);
        assertEquals(installed.toString(), 200, installed.status());
        assertEquals(200, api.await("/agenda/week", 200, WAIT).status());
        assertTrue(api.get("/modules", null).body().contains("\"id\":\"agenda\""));
        assertTrue(api.get("/admin/roles", admin).body().contains("agenda.moderator"));
        Reply openApi = api.get("/openapi.json", null);
        for (String path : new String[] {"/agenda/week", "/agenda/occurrences", "/agenda/events/{id}", "/agenda/venues",
                "/agenda/moderation", "/agenda/feeds/{id}/runs"}) {
            assertTrue(path, openApi.body().contains("\"" + path + "\""));
        }
        Reply home = site.await("/", 200, WAIT);
        assertTrue(home.body(), home.body().contains("Les prochains jours dans l&#39;agenda"));
        assertTrue(home.body(), home.body().contains("href=\"/agenda\""));

        // A venue and a weekly event with one cancelled Tuesday, by an administrator (who moderates).
        Reply venue = api.post("/agenda/venues", admin, "{\"name\":\"Le Fil\",\"address\":\"20 boulevard Thiers\","
                + "\"neighbourhood\":\"Carnot\",\"accessibility\":[\"wheelchair\"]}");
        assertEquals(venue.toString(), 201, venue.status());
        long venueId = venue.json().get("id").asLong();
        Reply created = api.post("/agenda/events", admin, "{\"title\":\"Chorale des Voix du Furan\",\"venueId\":" + venueId
                + ",\"startsAt\":\"2026-12-01T19:30:00Z\",\"endsAt\":\"2026-12-01T21:30:00Z\",\"rrule\":\"FREQ=WEEKLY;BYDAY=TU\","
                + "\"exdates\":[\"20261215T203000\"],\"categories\":[\"concert\"],\"priceKind\":\"FREE\","
                + "\"description\":\"Venez **chanter** avec nous.\"}");
        assertEquals(created.toString(), 201, created.status());
        assertEquals("published", created.json().get("review").asText());
        long eventId = created.json().get("id").asLong();

        Reply week = api.get("/agenda/week?week=2026-W50", null);
        assertEquals(week.toString(), 200, week.status());
        assertEquals(7, week.json().get("days").size());
        assertTrue(week.body(), dayTitles(week.json(), 1).contains("Chorale des Voix du Furan"));
        assertFalse(dayTitles(api.get("/agenda/week?week=2026-W51", null).json(), 1).contains("Chorale"));
        assertTrue(dayTitles(api.get("/agenda/week?week=2026-W52&category=concert&free=true", null).json(), 1)
                .contains("Chorale"));
        assertFalse(dayTitles(api.get("/agenda/week?week=2026-W52&category=atelier", null).json(), 1).contains("Chorale"));

        Reply ics = site.get("/agenda/feed.ics?venue=" + venueId, null);
        assertTrue(ics.toString(), ics.contentType().startsWith("text/calendar"));
        assertEquals(ics.body(), 1, ics.body().split("BEGIN:VEVENT").length - 1);
        assertTrue(ics.body(), ics.body().contains("RRULE:FREQ=WEEKLY;BYDAY=TU"));
        assertTrue(ics.body(), ics.body().contains("EXDATE;TZID=Europe/Paris:20261215T203000"));
        Reply page = site.get("/agenda/evenements/" + eventId, null);
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("application/ld+json"));
        assertTrue(page.body(), page.body().contains("\"eventAttendanceMode\":\"https://schema.org/OfflineEventAttendanceMode\""));
        assertTrue(page.body(), page.body().contains("<strong>chanter</strong>"));
        Reply weekPage = site.get("/agenda?semaine=2026-W50", null);
        assertTrue(weekPage.body(), weekPage.body().contains("Mardi 8 décembre"));
        assertTrue(weekPage.body(), weekPage.body().contains("20 h 30"));
        assertTrue(site.get("/agenda/lieux/" + venueId, null).body().contains("/agenda/widget?venue=" + venueId));
        Reply widget = site.get("/agenda/widget?venue=" + venueId, null);
        assertEquals(200, widget.status());
        assertTrue(widget.body(), widget.body().contains("Chorale des Voix du Furan"));
        Reply pdf = site.get("/agenda/programme.pdf?semaine=2026-W50", null);
        assertEquals(pdf.toString().substring(0, Math.min(300, pdf.toString().length())), 200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.body().startsWith("%PDF-"));

        // Bad input: 4xx with a problem naming the field, never a 500.
        Reply noTitle = api.post("/agenda/events", admin, "{\"title\":\"\",\"startsAt\":\"2026-12-01T19:30:00Z\"}");
        assertEquals(noTitle.toString(), 400, noTitle.status());
        assertTrue(noTitle.isProblem());
        assertTrue(noTitle.body(), noTitle.body().contains("title"));
        Reply badRule = api.post("/agenda/events", admin, "{\"title\":\"X\",\"startsAt\":\"2026-12-01T19:30:00Z\",\"rrule\":\"FREQ=MINUTELY\"}");
        assertEquals(badRule.toString(), 400, badRule.status());
        assertTrue(badRule.body(), badRule.body().contains("rrule"));
        assertEquals(400, api.get("/agenda/week?week=2026-W60", null).status());
        Reply tooLong = api.get("/agenda/occurrences?from=2026-01-01&to=2026-12-31", null);
        assertEquals(tooLong.toString(), 400, tooLong.status());
        assertTrue(tooLong.isProblem());
        assertEquals(200, api.get("/agenda/occurrences?from=2026-12-01&to=2026-12-31", null).status());

        // A visitor proposes without an account; the moderator publishes.
        Reply proposed = api.post("/agenda/events", null, "{\"title\":\"Atelier compost\",\"startsAt\":\"2026-12-09T14:00:00Z\","
                + "\"authorEmail\":\"voisine@example.org\"}");
        assertEquals(proposed.toString(), 201, proposed.status());
        assertEquals("pending", proposed.json().get("review").asText());
        long proposal = proposed.json().get("id").asLong();
        assertEquals(404, api.get("/agenda/events/" + proposal, null).status());
        assertEquals(401, api.get("/agenda/moderation", null).status());
        assertTrue(api.get("/agenda/moderation", admin).body().contains("Atelier compost"));
        Reply published = api.post("/agenda/moderation/" + proposal + "/publish", admin, "{\"message\":\"Merci !\"}");
        assertEquals(published.toString(), 200, published.status());
        assertEquals(200, api.get("/agenda/events/" + proposal, null).status());

        // A feed served over HTTP: duplicates, a malformed event, an event without UID; then an update.
        Reply feed = api.post("/agenda/feeds", admin, "{\"name\":\"Programme du Fil\",\"url\":\"http://127.0.0.1:"
                + feedServer.getAddress().getPort() + "/programme.ics\",\"venueId\":" + venueId + "}");
        assertEquals(feed.toString(), 201, feed.status());
        long feedId = feed.json().get("id").asLong();
        JsonNode first = api.post("/agenda/feeds/" + feedId + "/runs", admin, null).json();
        assertEquals(first.toString(), "3 0 0 0 3", counts(first));
        JsonNode second = api.post("/agenda/feeds/" + feedId + "/runs", admin, null).json();
        assertEquals(second.toString(), "0 0 3 0 3", counts(second));
        SERVED.set("second.ics");
        JsonNode third = api.post("/agenda/feeds/" + feedId + "/runs", admin, null).json();
        assertEquals(third.toString(), "1 1 1 1 3", counts(third));
        assertEquals(3, api.get("/agenda/feeds/" + feedId + "/runs", admin).json().size());
        assertTrue(dayTitles(api.get("/agenda/week?week=2026-W50", null).json(), 1)
                .contains("Concert : les Voix du Furan et invités"));

        // A web page carrying schema.org JSON-LD goes through the same import.
        Reply pageFeed = api.post("/agenda/feeds", admin, "{\"name\":\"Site de la Comète\",\"url\":\"http://127.0.0.1:"
                + feedServer.getAddress().getPort() + "/programme.html\"}");
        assertEquals(pageFeed.toString(), 201, pageFeed.status());
        long pageId = pageFeed.json().get("id").asLong();
        JsonNode pageRun = api.post("/agenda/feeds/" + pageId + "/runs", admin, null).json();
        assertEquals(pageRun.toString(), "1 0 0 0 1", counts(pageRun));
        assertEquals(pageRun.toString(), "OK", pageRun.get("outcome").asText());
        assertEquals("0 0 1 0 1", counts(api.post("/agenda/feeds/" + pageId + "/runs", admin, null).json()));
        assertTrue(dayTitles(api.get("/agenda/week?week=2026-W50", null).json(), 2).contains("Lecture à voix haute"));

        Reply removed = api.delete("/admin/modules/agenda", admin);
        assertEquals(removed.toString(), 200, removed.status());
        assertEquals(404, api.await("/agenda/week", 404, WAIT).status());
        assertEquals(404, site.await("/agenda", 404, WAIT).status());
        assertFalse(site.get("/", null).body().contains("Les prochains jours dans l&#39;agenda"));
        assertEquals(200, api.get("/health", null).status());

        api.post("/admin/modules/agenda", admin, null);
        assertEquals(200, api.await("/agenda/events/" + eventId, 200, WAIT).status());
        assertEquals(200, api.get("/agenda/events/" + proposal, null).status());
        assertEquals(3, api.get("/agenda/feeds/" + feedId + "/runs", admin).json().size());
    }

    private static String counts(JsonNode run) {
        return run.get("added").asInt() + " " + run.get("updated").asInt() + " " + run.get("unchanged").asInt() + " "
                + run.get("removed").asInt() + " " + run.get("rejected").asInt();
    }

    /** The titles of the week's day at this index (0 = Monday). */
    private static String dayTitles(JsonNode week, int day) {
        StringBuilder titles = new StringBuilder();
        week.get("days").get(day).get("occurrences").forEach(o -> titles.append(o.get("event").get("title").asText()).append('\n'));
        return titles.toString();
    }
}
