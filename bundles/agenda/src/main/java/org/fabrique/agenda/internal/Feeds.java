package org.fabrique.agenda.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fabrique.agenda.Event;
import org.fabrique.core.Conflict;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds the agenda imports (iCalendar documents, or web pages carrying schema.org events in
 * JSON-LD), and their imports. A run claims its feed with one
 * conditional UPDATE (so two nodes never import the same feed at once), reads it, then creates or
 * updates its events matched by UID, removes those gone from it, and stores the report. A malformed
 * event is rejected with its reason and the others still go in; an unreadable feed changes nothing.
 */
@Component(service = Feeds.class, configurationPid = AgendaConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Feeds {

    private static final Logger LOG = LoggerFactory.getLogger(Feeds.class);
    private static final Duration CLAIM = Duration.ofMinutes(30);
    private static final int CHUNK = 200;
    private static final int KEPT_REJECTIONS = 100;

    private final AgendaDatabase database;
    private final Events events;
    private final FeedFetcher fetcher;
    private final Clock clock;

    @Activate
    public Feeds(@Reference AgendaDatabase database, @Reference Events events, AgendaConfig config) {
        this(database, events, config, Clock.systemUTC());
    }

    Feeds(AgendaDatabase database, Events events, AgendaConfig config, Clock clock) {
        this.database = database;
        this.events = events;
        this.clock = clock;
        this.fetcher = new FeedFetcher(Duration.ofSeconds(config.fetchTimeoutSeconds()), config.maxFeedBytes());
    }

    public Feed create(String name, String url, Long venueId, Long structureId) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        if (url == null || url.isBlank()) {
            throw new InvalidInput("url", "must not be blank");
        }
        EventChecks.link(url, "url");
        return database.store().write(em -> {
            if (venueId != null && em.find(VenueEntity.class, venueId) == null) {
                throw new InvalidInput("venueId", "No venue " + venueId + ".");
            }
            FeedEntity feed = new FeedEntity();
            feed.name = name.trim();
            feed.url = url.trim();
            feed.venueId = venueId;
            feed.structureId = structureId;
            feed.enabled = true;
            feed.createdAt = clock.instant();
            em.persist(feed);
            em.flush();
            return feed.toFeed();
        });
    }

    public List<Feed> all() {
        return database.store().read(em -> em.createQuery("SELECT f FROM FeedEntity f ORDER BY f.name, f.id",
                FeedEntity.class).getResultList().stream().map(FeedEntity::toFeed).toList());
    }

    public Optional<Feed> find(long id) {
        return database.store().read(em -> Optional.ofNullable(em.find(FeedEntity.class, id)).map(FeedEntity::toFeed));
    }

    /** Removes the feed and the events it brought, with their report. */
    public void delete(long id) {
        database.store().run(em -> {
            if (em.find(FeedEntity.class, id) == null) {
                throw new NotFound("feed", id);
            }
            Events.deleteWithOccurrences(em, em.createQuery("SELECT e.id FROM EventEntity e WHERE e.feedId = :f",
                    Long.class).setParameter("f", id).getResultList());
            em.createQuery("DELETE FROM FeedRunEntity r WHERE r.feedId = :f").setParameter("f", id).executeUpdate();
            em.createQuery("DELETE FROM FeedEntity f WHERE f.id = :f").setParameter("f", id).executeUpdate();
        });
    }

    public List<FeedRun> runs(long feedId, int limit) {
        return database.store().read(em -> em.createQuery("SELECT r FROM FeedRunEntity r WHERE r.feedId = :f"
                + " ORDER BY r.startedAt DESC, r.id DESC", FeedRunEntity.class).setParameter("f", feedId)
                .setMaxResults(limit).getResultList().stream().map(FeedRunEntity::toRun).toList());
    }

    /** Feeds whose last import is older than the interval, or that were never imported. */
    List<Long> due(Duration interval) {
        Instant before = clock.instant().minus(interval);
        return database.store().read(em -> em.createQuery("SELECT f.id FROM FeedEntity f WHERE f.enabled = :yes"
                + " AND (f.lastRunAt IS NULL OR f.lastRunAt < :before) ORDER BY f.id", Long.class)
                .setParameter("before", before).setParameter("yes", true).getResultList());
    }

    /** Imports the feed now; {@link Conflict} if another node or thread is importing it. */
    public FeedRun run(long feedId) {
        Feed feed = find(feedId).orElseThrow(() -> new NotFound("feed", feedId));
        Instant started = clock.instant();
        if (!claim(feedId, started)) {
            throw new Conflict("feed", "An import of this feed is already running.");
        }
        FeedRunEntity run = new FeedRunEntity();
        run.feedId = feedId;
        run.startedAt = started;
        try {
            IcsReader.Result read = read(fetcher.fetch(feed.url()), feed.url());
            reconcile(feed, read, run);
            run.outcome = "OK";
        } catch (IOException | IcsReader.Unreadable e) {
            run.outcome = "FAILED";
            run.error = limit(e.getMessage(), 1000);
            LOG.warn("Import of feed {} ({}) failed: {}", feed.id(), feed.url(), e.getMessage());
        } catch (RuntimeException e) {
            run.outcome = "FAILED";
            run.error = limit("Unexpected error: " + e, 1000);
            LOG.warn("Import of feed {} ({}) failed", feed.id(), feed.url(), e);
        } finally {
            run.finishedAt = clock.instant();
            database.store().run(em -> {
                em.persist(run);
                em.createQuery("UPDATE FeedEntity f SET f.claimedUntil = NULL, f.lastRunAt = :at WHERE f.id = :id")
                        .setParameter("at", started).setParameter("id", feedId).executeUpdate();
            });
        }
        return run.toRun();
    }

    /**
     * Reads the answer as what it is: an iCalendar document (text/calendar, or text starting a
     * VCALENDAR whatever its type), else a web page carrying schema.org events in JSON-LD.
     */
    static IcsReader.Result read(FeedFetcher.Fetched fetched, String url) throws IcsReader.Unreadable {
        String start = fetched.body().stripLeading();
        if (fetched.mediaType().equals("text/calendar") || start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            return IcsReader.read(fetched.body());
        }
        if (fetched.mediaType().contains("html") || fetched.mediaType().equals("application/ld+json")
                || start.startsWith("<") || start.startsWith("{") || start.startsWith("[")) {
            return JsonLdReader.read(fetched.body(), url);
        }
        return IcsReader.read(fetched.body());
    }

    boolean claim(long feedId, Instant now) {
        return database.store().write(em -> em.createQuery("UPDATE FeedEntity f SET f.claimedUntil = :until"
                + " WHERE f.id = :id AND (f.claimedUntil IS NULL OR f.claimedUntil < :now)")
                .setParameter("until", now.plus(CLAIM)).setParameter("id", feedId).setParameter("now", now)
                .executeUpdate()) == 1;
    }

    private void reconcile(Feed feed, IcsReader.Result read, FeedRunEntity run) {
        Map<String, Object[]> existing = new HashMap<>();
        database.store().read(em -> em.createQuery("SELECT e.uid, e.id, e.sourceHash FROM EventEntity e WHERE e.feedId = :f",
                Object[].class).setParameter("f", feed.id()).getResultList()).forEach(row -> existing.put((String) row[0], row));
        List<String> rejections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<IcsReader.Imported> fresh = new ArrayList<>();
        for (IcsReader.Imported imported : read.events()) {
            if (!seen.add(imported.uid())) {
                rejections.add(imported.uid() + " — UID repeated in the feed: the first one is kept");
            } else {
                fresh.add(imported);
            }
        }
        for (IcsReader.Rejected rejected : read.rejected()) {
            // An event the feed still carries but that is malformed now keeps its last good version.
            seen.add(rejected.where());
            rejections.add(rejected.where() + " — " + rejected.reason());
        }
        for (int i = 0; i < fresh.size(); i += CHUNK) {
            List<IcsReader.Imported> chunk = fresh.subList(i, Math.min(fresh.size(), i + CHUNK));
            database.store().run(em -> {
                for (IcsReader.Imported imported : chunk) {
                    Object[] known = existing.get(imported.uid());
                    if (known != null && imported.hash().equals(known[2])) {
                        run.unchanged++;
                        continue;
                    }
                    EventEntity event = known == null ? new EventEntity() : em.find(EventEntity.class, known[1]);
                    event.apply(imported.draft().at(feed.structureId(), feed.venueId()).withAuthor(null, null));
                    event.sourceHash = imported.hash();
                    event.updatedAt = clock.instant();
                    if (known == null) {
                        event.uid = imported.uid();
                        event.feedId = feed.id();
                        event.review = Event.Review.PUBLISHED;
                        event.createdAt = event.updatedAt;
                        em.persist(event);
                        em.flush();
                        run.added++;
                    } else {
                        run.updated++;
                    }
                    events.expand(em, event, known == null);
                    // Keep the unit of work small: every flush would otherwise compare all it holds.
                    em.flush();
                    em.clear();
                }
            });
        }
        List<Long> gone = existing.entrySet().stream().filter(e -> !seen.contains(e.getKey()))
                .map(e -> (Long) e.getValue()[1]).toList();
        for (int i = 0; i < gone.size(); i += CHUNK) {
            List<Long> chunk = gone.subList(i, Math.min(gone.size(), i + CHUNK));
            database.store().run(em -> Events.deleteWithOccurrences(em, chunk));
        }
        run.removed = gone.size();
        run.rejected = rejections.size();
        run.rejections = rejections.isEmpty() ? null
                : limit(String.join("\n", rejections.subList(0, Math.min(KEPT_REJECTIONS, rejections.size()))), 8000);
    }

    static String limit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
