package org.fabrique.agenda.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.fabrique.agenda.AgendaFilter;
import org.fabrique.agenda.Event;
import org.fabrique.agenda.Occurrence;
import org.fabrique.agenda.Venue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The published occurrences in a range, from the occurrence index, in few queries whatever the
 * agenda holds: the occurrences starting in the range (a range scan of the index on
 * {@code starts_at}), those started before and still running (the few long-running ones, by the
 * index on {@code long_running, ends_at}), then their events by primary key, 500 a query, with the
 * publication and the filter, then their venues. The range is queried alone on purpose: joined
 * with the events, Derby's optimiser started from the events' review index and read every
 * published event (bench figure 4: the week grew from 87 ms at 1 000 events to 1.6 s at 100 000).
 */
@Component(service = Occurrences.class)
public class Occurrences {

    /** Events are fetched by id in chunks of this many (one IN list each). */
    private static final int EVENTS_PER_QUERY = 500;

    private final AgendaDatabase database;
    private final Venues venues;

    @Activate
    public Occurrences(@Reference AgendaDatabase database, @Reference Venues venues) {
        this.database = database;
        this.venues = venues;
    }

    public List<Occurrence> between(Instant from, Instant to, AgendaFilter filter) {
        return database.store().read(em -> {
            // The range comes first, alone, so that it is read through the occurrence indexes whatever the
            // database's optimiser would prefer for a join; the events and the filter come after, by id.
            List<OccurrenceEntity> inRange = new ArrayList<>(em.createQuery("SELECT o FROM OccurrenceEntity o"
                    + " WHERE o.startsAt >= :from AND o.startsAt < :to", OccurrenceEntity.class)
                    .setParameter("from", from.toEpochMilli()).setParameter("to", to.toEpochMilli()).getResultList());
            inRange.addAll(em.createQuery("SELECT o FROM OccurrenceEntity o WHERE o.longRunning = :yes"
                    + " AND o.endsAt > :from AND o.startsAt < :from", OccurrenceEntity.class)
                    .setParameter("yes", true).setParameter("from", from.toEpochMilli()).getResultList());
            Map<Long, EventEntity> matching = publishedMatching(em,
                    inRange.stream().map(o -> o.eventId).distinct().toList(), filter);
            List<Object[]> rows = new ArrayList<>(inRange.size());
            for (OccurrenceEntity o : inRange) {
                EventEntity e = matching.get(o.eventId);
                if (e != null) {
                    rows.add(new Object[] {o, e});
                }
            }
            Map<Long, String> feeds = Events.feedNames(em);
            Map<Long, Venue> places = venues.byIds(em, rows.stream().map(r -> ((EventEntity) r[1]).venueId)
                    .filter(v -> v != null).distinct().toList());
            List<Occurrence> occurrences = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                OccurrenceEntity o = (OccurrenceEntity) row[0];
                EventEntity e = (EventEntity) row[1];
                Event event = e.toEvent(e.feedId == null ? Events.BY_HAND : feeds.get(e.feedId));
                occurrences.add(new Occurrence(o.start(), o.end(), event, e.venueId == null ? null : places.get(e.venueId)));
            }
            occurrences.sort(Comparator.comparing(Occurrence::startsAt).thenComparing(o -> o.event().title())
                    .thenComparing(o -> o.event().id()));
            return occurrences;
        });
    }

    /**
     * The published events matching the filter with an occurrence ending after {@code from}, with their
     * venues, in two queries: what the iCalendar feed exports (each event once, with its rule).
     */
    public Exported exported(Instant from, AgendaFilter filter) {
        return database.store().read(em -> {
            StringBuilder jpql = new StringBuilder("SELECT e FROM EventEntity e WHERE e.review = :published AND EXISTS"
                    + " (SELECT o.eventId FROM OccurrenceEntity o WHERE o.eventId = e.id AND o.endsAt > :from)");
            TypedQuery<EventEntity> query = em.createQuery(jpql.append(conditions(filter)).append(" ORDER BY e.startsAt, e.id")
                    .toString(), EventEntity.class);
            query.setParameter("published", Event.Review.PUBLISHED).setParameter("from", from.toEpochMilli());
            bind(query, filter);
            Map<Long, String> feeds = Events.feedNames(em);
            List<Event> found = query.getResultList().stream()
                    .map(e -> e.toEvent(e.feedId == null ? Events.BY_HAND : feeds.get(e.feedId))).toList();
            return new Exported(found, venues.byIds(em, found.stream().map(Event::venueId).filter(v -> v != null)
                    .distinct().toList()));
        });
    }

    /** Events with their venues by id. */
    public record Exported(List<Event> events, Map<Long, Venue> venues) {
    }

    /** What changes the feed: how many published events, and the latest change. */
    public String signature() {
        return database.store().read(em -> {
            Object[] row = em.createQuery("SELECT COUNT(e), MAX(e.updatedAt) FROM EventEntity e WHERE e.review = :p",
                    Object[].class).setParameter("p", Event.Review.PUBLISHED).getSingleResult();
            Object[] venues = em.createQuery("SELECT COUNT(v), MAX(v.updatedAt) FROM VenueEntity v", Object[].class)
                    .getSingleResult();
            return row[0] + "-" + millis(row[1]) + "-" + venues[0] + "-" + millis(venues[1]);
        });
    }

    private static long millis(Object value) {
        return value instanceof Instant at ? at.toEpochMilli() : value instanceof Number n ? n.longValue() : 0;
    }

    /** The next occurrences of one event from {@code from}, by the index's key. */
    public List<Occurrence> next(Event event, Venue venue, Instant from, int limit) {
        return database.store().read(em -> em.createQuery("SELECT o FROM OccurrenceEntity o WHERE o.eventId = :id"
                + " AND o.endsAt > :from ORDER BY o.startsAt", OccurrenceEntity.class).setParameter("id", event.id())
                .setParameter("from", from.toEpochMilli()).setMaxResults(limit).getResultList().stream()
                .map(o -> new Occurrence(o.start(), o.end(), event, venue)).toList());
    }

    /** The published events among {@code ids} that match the filter, by id. */
    private static Map<Long, EventEntity> publishedMatching(EntityManager em, List<Long> ids, AgendaFilter filter) {
        Map<Long, EventEntity> events = new java.util.HashMap<>();
        for (int start = 0; start < ids.size(); start += EVENTS_PER_QUERY) {
            TypedQuery<EventEntity> query = em.createQuery("SELECT e FROM EventEntity e WHERE e.id IN :ids"
                    + " AND e.review = :published" + conditions(filter), EventEntity.class)
                    .setParameter("ids", ids.subList(start, Math.min(ids.size(), start + EVENTS_PER_QUERY)))
                    .setParameter("published", Event.Review.PUBLISHED);
            bind(query, filter);
            for (EventEntity e : query.getResultList()) {
                events.put(e.id, e);
            }
        }
        return events;
    }

    private static String conditions(AgendaFilter filter) {
        StringBuilder jpql = new StringBuilder();
        if (filter.category() != null) {
            jpql.append(" AND CONCAT(',', CONCAT(e.categories, ',')) LIKE :category");
        }
        if (filter.venueId() != null) {
            jpql.append(" AND e.venueId = :venue");
        }
        if (filter.structureId() != null) {
            jpql.append(" AND e.structureId = :structure");
        }
        if (filter.neighbourhood() != null) {
            jpql.append(" AND e.venueId IN (SELECT v.id FROM VenueEntity v WHERE LOWER(v.neighbourhood) = :neighbourhood)");
        }
        if (filter.freeOnly()) {
            jpql.append(" AND e.priceKind = :free");
        }
        if (filter.accessibleOnly()) {
            jpql.append(" AND (e.accessibility IS NOT NULL OR e.venueId IN"
                    + " (SELECT a.id FROM VenueEntity a WHERE a.accessibility IS NOT NULL))");
        }
        return jpql.toString();
    }

    private static void bind(TypedQuery<?> query, AgendaFilter filter) {
        if (filter.category() != null) {
            query.setParameter("category", "%," + filter.category().toLowerCase(Locale.ROOT).replace("%", "") + ",%");
        }
        if (filter.venueId() != null) {
            query.setParameter("venue", filter.venueId());
        }
        if (filter.structureId() != null) {
            query.setParameter("structure", filter.structureId());
        }
        if (filter.neighbourhood() != null) {
            query.setParameter("neighbourhood", filter.neighbourhood().toLowerCase(Locale.ROOT));
        }
        if (filter.freeOnly()) {
            query.setParameter("free", Event.PriceKind.FREE);
        }
    }
}
