package org.fabrique.bench.weekquery;

import org.fabrique.bench.AgendaContract;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.fabrique.agenda.AgendaFilter;
import org.fabrique.agenda.internal.Agenda;
import org.fabrique.agenda.internal.AgendaConfig;
import org.fabrique.agenda.internal.AgendaDatabase;
import org.fabrique.agenda.internal.Events;
import org.fabrique.agenda.internal.Feed;
import org.fabrique.agenda.internal.FeedRun;
import org.fabrique.agenda.internal.Feeds;
import org.fabrique.agenda.internal.Occurrences;
import org.fabrique.agenda.internal.Venues;
import org.fabrique.core.Language;
import org.fabrique.testing.TestDatabase;
import org.junit.runner.Description;

import com.sun.net.httpserver.HttpServer;

/**
 * Figure 4 in a plain JVM, as the agenda's unit tests build its classes: an in-memory Derby migrated by the
 * agenda's real change log (TestDatabase), the first {@value #BLOCK} events imported through the real feed
 * import ({@link Feeds#run}), then grown to 10 000 and 100 000 by copying that block in SQL into the same
 * tables, each copy shifted by {@value #BLOCK_DAYS} days (a constant density of about 83 events a day, as the
 * 10 000-event feed of figure 3 over 120 days), so that the week holds a comparable number of occurrences
 * and the growth shows what the table's size costs. At each size: the week query through
 * {@link Agenda#week} (what GET /api/agenda/week runs), warm-up then the median, min and max, and the Derby
 * plan of its SQL. Prints lines {@code size <events> <occurrences> <weekRows> <ms of each run>...} and
 * {@code plan <text>} that the harness reads.
 */
public final class WeekQuery {

    static final int BLOCK = 1000;
    static final int BLOCK_DAYS = 12;
    static final String WEEK = "2026-W49";
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private WeekQuery() {
    }

    public static void main(String[] args) throws Throwable {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        TestDatabase db = new TestDatabase("fabrique-agenda");
        db.apply(new org.junit.runners.model.Statement() {
            @Override
            public void evaluate() throws Throwable {
                measure(db, runs);
            }
        }, Description.EMPTY).evaluate();
    }

    static void measure(TestDatabase db, int runs) throws Exception {
        AgendaConfig config = (AgendaConfig) Proxy.newProxyInstance(AgendaConfig.class.getClassLoader(),
                new Class<?>[] {AgendaConfig.class}, (proxy, method, a) -> method.getDefaultValue());
        AgendaDatabase database = new AgendaDatabase(db.migrations(), db.entityManagerFactory());
        Events events = new Events(database, config);
        Feeds feeds = new Feeds(database, events, config);
        Agenda agenda = new Agenda(new Occurrences(database, new Venues(database)));
        long base = importBlock(feeds);
        int[] sizes = {1_000, 10_000, 100_000};
        int blocks = 1;
        // Copies go before and after the base block alternately: -1, +1, -2, +2, ...
        for (int size : sizes) {
            while (blocks * BLOCK < size) {
                int k = blocks % 2 == 1 ? -(blocks + 1) / 2 : blocks / 2;
                copyBlock(db.dataSource(), base, blocks, k * BLOCK_DAYS);
                blocks++;
            }
            long eventCount = db.count("SELECT COUNT(*) FROM agenda_event");
            long occurrenceCount = db.count("SELECT COUNT(*) FROM agenda_occurrence");
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                // Fresh index statistics, as a live database gets them over time.
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'AGENDA_OCCURRENCE', NULL)");
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'AGENDA_EVENT', NULL)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            int rows = 0;
            for (int i = 0; i < 5; i++) {
                rows = count(agenda.week(WEEK, AgendaFilter.NONE, Language.FR));
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                rows = count(agenda.week(WEEK, AgendaFilter.NONE, Language.FR));
                millis.add((System.nanoTime() - start) / 1e6);
            }
            StringBuilder line = new StringBuilder("size " + eventCount + " " + occurrenceCount + " " + rows);
            for (double m : millis) {
                line.append(String.format(Locale.ROOT, " %.3f", m));
            }
            System.out.println(line);
            System.out.flush();
            if (size == sizes[sizes.length - 1]) {
                for (String step : plan(db.dataSource()).split("\n")) {
                    System.out.println("plan " + step);
                }
            }
        }
    }

    private static int count(Agenda.Week week) {
        return week.days().stream().mapToInt(d -> d.occurrences().size()).sum();
    }

    /** The first block through the real import: a feed served over HTTP, Feeds.run. Answers its feed id. */
    static long importBlock(Feeds feeds) throws IOException {
        byte[] ics = AgendaContract.ics(BLOCK, MONDAY, BLOCK_DAYS).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.ics", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, ics.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ics);
            }
        });
        server.start();
        try {
            Feed feed = feeds.create("Banc d'essai", "http://127.0.0.1:" + server.getAddress().getPort()
                    + "/feed.ics", null, null);
            FeedRun run = feeds.run(feed.id());
            if (!"OK".equals(run.outcome()) || run.added() != BLOCK) {
                throw new IllegalStateException("the import of the first block: " + run);
            }
            return feed.id();
        } finally {
            server.stop(0);
        }
    }

    /**
     * Copies the events of the first block (and their occurrences) into the same tables, shifted by days:
     * the copy's UIDs end with "-copy-n" so that its occurrences join their new events.
     */
    static void copyBlock(DataSource dataSource, long feed, int n, int days) throws SQLException {
        long shift = days * 86_400_000L;
        String suffix = "-copy-" + n;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<String> columns = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getColumns(null, "APP", "AGENDA_EVENT", null)) {
                while (r.next()) {
                    columns.add(r.getString("COLUMN_NAME"));
                }
            }
            columns.remove("ID");
            StringBuilder select = new StringBuilder();
            for (String column : columns) {
                select.append(select.length() == 0 ? "" : ", ").append(switch (column) {
                    case "UID" -> "UID || '" + suffix + "'";
                    case "STARTS_AT", "ENDS_AT" -> column + " + " + shift;
                    default -> column;
                });
            }
            String names = String.join(", ", columns);
            try (PreparedStatement events = c.prepareStatement("INSERT INTO agenda_event (" + names + ") SELECT "
                    + select + " FROM agenda_event WHERE feed_id = ? AND uid NOT LIKE '%-copy-%'")) {
                events.setLong(1, feed);
                events.executeUpdate();
            }
            try (PreparedStatement occurrences = c.prepareStatement("INSERT INTO agenda_occurrence (event_id, "
                    + "starts_at, ends_at, long_running) SELECT n.id, o.starts_at + " + shift + ", o.ends_at + "
                    + shift + ", o.long_running FROM agenda_occurrence o JOIN agenda_event e ON e.id = o.event_id "
                    + "JOIN agenda_event n ON n.feed_id = e.feed_id AND n.uid = e.uid || '" + suffix + "' "
                    + "WHERE e.feed_id = ? AND e.uid NOT LIKE '%-copy-%'")) {
                occurrences.setLong(1, feed);
                occurrences.executeUpdate();
            }
            c.commit();
        }
    }

    /** The Derby plan of the week query's SQL (the JPQL of Occurrences.between, as EclipseLink sends it). */
    static String plan(DataSource dataSource) throws SQLException {
        long from = MONDAY.atStartOfDay(PARIS).toInstant().toEpochMilli();
        long to = MONDAY.plusDays(7).atStartOfDay(PARIS).toInstant().toEpochMilli();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            // The range query Occurrences.between starts with (the events follow by primary key).
            try (PreparedStatement q = c.prepareStatement("SELECT o.event_id, o.starts_at, o.ends_at, o.long_running"
                    + " FROM agenda_occurrence o WHERE o.starts_at >= ? AND o.starts_at < ?")) {
                q.setLong(1, from);
                q.setLong(2, to);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        r.getLong(1);
                    }
                }
            }
            try (ResultSet r = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
