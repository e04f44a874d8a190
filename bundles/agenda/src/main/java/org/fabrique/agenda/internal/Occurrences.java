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
 * The published occurrences in a range, from the occurrence index, in a fixed number of queries
 * whatever the range holds: the occurrences starting in the range with their events (a range scan
 * of the index on {@code starts_at}), those started before and still running (the few long-running
 * ones, by the index on {@code long_running, ends_at}), then their venues.
 */
@Component(service = Occurrences.class)
public class Occurrences {

    private static final String SELECT = "SELECT o, e FROM OccurrenceEntity o, EventEntity e"
            + " WHERE e.id = o.eventId AND e.review = :published";

    private final AgendaDatabase database;
    private final Venues venues;

    @Activate
    public Occurrences(@Reference AgendaDatabase database, @Reference Venues venues) {
        this.database = database;
        this.venues = venues;
    }

    public List<Occurrence> between(Instant from, Instant to, AgendaFilter filter) {
        return database.store().read(em -> {
            List<Object[]> rows = new ArrayList<>(query(em, " AND o.startsAt >= :from AND o.startsAt < :to", filter,
                    from, to).getResultList());
            rows.addAll(query(em, " AND o.longRunning = :yes AND o.endsAt > :from AND o.startsAt < :from", filter,
                    from, null).getResultList());
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

    private static TypedQuery<Object[]> query(EntityManager em, String range, AgendaFilter filter, Instant from,
            Instant to) {
        TypedQuery<Object[]> query = em.createQuery(SELECT + range + conditions(filter), Object[].class)
                .setParameter("published", Event.Review.PUBLISHED).setParameter("from", from.toEpochMilli());
        if (to != null) {
            query.setParameter("to", to.toEpochMilli());
        } else {
            query.setParameter("yes", true);
        }
        bind(query, filter);
        return query;
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
