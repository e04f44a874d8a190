package org.fabrique.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.sun.net.httpserver.HttpServer;

import org.fabrique.bench.Http.Reply;

/**
 * Everything the suite assumes about the agenda module's API, in one place (the contract given before the
 * module existed: adjust the paths and JSON here once docs/api.md of the agenda says otherwise).
 */
public final class AgendaContract {

    public static final String WEEK = "2026-W49";
    public static final String WEEK_JSON = "/api/agenda/week?week=" + WEEK;
    public static final String WEEK_PAGE = "/agenda?semaine=" + WEEK;
    public static final String FEED_ICS = "/agenda/feed.ics";

    private AgendaContract() {
    }

    /** Body of POST /api/agenda/feeds (docs/api.md, FeedResource.NewFeed): {name, url, venueId, structureId}. */
    static String feedSource(String url, long structure) {
        return "{\"name\":\"Banc d'essai\",\"url\":" + Http.quote(url) + ",\"structureId\":" + structure + "}";
    }

    /**
     * Imports {@code events} generated events through the feed import (a feed source pointing at our own small
     * HTTP server, then a run: POST /api/agenda/feeds/{id}/runs imports synchronously and answers 201 with the
     * run's report {outcome, added, updated, unchanged, removed, rejected}). Returns the seconds the run took.
     */
    public static double seed(Platform platform, int events) throws IOException {
        byte[] ics = ics(events).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/feed.ics", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, ics.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ics);
            }
        });
        server.start();
        try {
            long structure = platform.structure("Banc d'essai agenda " + System.nanoTime());
            String url = "http://localhost:" + server.getAddress().getPort() + "/feed.ics";
            Reply source = platform.http().post("/api/agenda/feeds", platform.admin(), feedSource(url, structure));
            if (source.status() != 201) {
                throw new IllegalStateException("feed source: " + source);
            }
            long id = source.json().get("id").asLong();
            long start = System.nanoTime();
            // The import runs in the request (about 95 s for 10 000 events on a loaded 2-core machine).
            Reply run = platform.http().send("POST", "/api/agenda/feeds/" + id + "/runs",
                    java.util.Map.of("Authorization", "Bearer " + platform.admin()), null, null,
                    Duration.ofMinutes(15));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (run.status() != 201 || !"OK".equals(run.json().path("outcome").asText())) {
                throw new IllegalStateException("feed run: " + run);
            }
            int added = run.json().path("added").asInt() + run.json().path("unchanged").asInt()
                    + run.json().path("updated").asInt();
            if (added != events) {
                throw new IllegalStateException("feed run stored " + added + " of " + events + " events: " + run);
            }
            Reply week = platform.http().get(WEEK_JSON, null);
            if (week.status() != 200 || !week.body().contains("Banc d'essai")) {
                throw new IllegalStateException("the imported events do not show in " + WEEK_JSON + ": " + week);
            }
            return seconds;
        } finally {
            server.stop(0);
        }
    }

    /** An iCalendar feed of n events over the weeks around WEEK, a quarter of them weekly recurring. */
    public static String ics(int n) {
        return ics(n, LocalDate.of(2026, 10, 1), 120);
    }

    /** n events spread over {@code days} days from {@code first}, a quarter of them weekly recurring (10 times). */
    public static String ics(int n, LocalDate first, int days) {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fabrique//bench//FR\r\n");
        for (int i = 0; i < n; i++) {
            LocalDateTime start = first.plusDays(i % days).atTime(8 + i % 12, (i % 4) * 15);
            ics.append("BEGIN:VEVENT\r\nUID:bench-").append(i).append("@fabrique.invalid\r\n")
                    .append("DTSTAMP:20261001T000000Z\r\n")
                    .append("DTSTART;TZID=Europe/Paris:").append(start.format(stamp)).append("\r\n")
                    .append("DTEND;TZID=Europe/Paris:").append(start.plusHours(2).format(stamp)).append("\r\n")
                    .append("SUMMARY:Banc d'essai n° ").append(i).append(" — atelier réparation\r\n")
                    .append("LOCATION:Maison des associations\\, Saint-Étienne\r\n")
                    .append("DESCRIPTION:Événement généré par le banc d'essai.\r\n");
            if (i % 4 == 0) {
                ics.append("RRULE:FREQ=WEEKLY;COUNT=10\r\n");
            }
            ics.append("END:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString();
    }
}
