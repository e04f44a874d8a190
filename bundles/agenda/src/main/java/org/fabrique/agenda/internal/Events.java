package org.fabrique.agenda.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.fabrique.agenda.Event;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

/**
 * The events of the agenda and their occurrence index. The rule is the truth; whenever an event is
 * written, its occurrences over the rolling horizon (from {@code horizonPastDays} ago to
 * {@code horizonFutureDays} ahead) are expanded again in the same transaction, and
 * {@link #extendHorizon()} moves the horizon forward for recurring events as days pass.
 */
@Component(service = Events.class, configurationPid = AgendaConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Events {

    static final String BY_HAND = "saisi sur la Fabrique";
    /** Posted (EventAdmin) when an event goes out in the agenda, by hand or from moderation. */
    public static final String PUBLISHED_TOPIC = "org/fabrique/agenda/EVENT_PUBLISHED";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    private final AgendaDatabase database;
    private final Clock clock;
    private final Duration past;
    private final Duration future;

    @Activate
    public Events(@Reference AgendaDatabase database, AgendaConfig config) {
        this(database, config, Clock.systemUTC());
    }

    Events(AgendaDatabase database, AgendaConfig config, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.past = Duration.ofDays(config.horizonPastDays());
        this.future = Duration.ofDays(config.horizonFutureDays());
    }

    /** Writes a new event entered on the site; {@link InvalidInput} naming the field at fault. */
    public Event create(EventDraft draft, Event.Review review, Long authorId) {
        EventDraft checked = EventChecks.check(draft);
        Event created = database.store().write(em -> {
            checkVenue(em, checked.venueId());
            EventEntity event = new EventEntity();
            event.uid = UUID.randomUUID() + "@fabrique";
            event.apply(checked);
            event.review = review;
            event.authorId = authorId;
            event.authorEmail = Lists.blankToNull(checked.authorEmail());
            event.authorName = Lists.blankToNull(checked.authorName());
            event.createdAt = clock.instant();
            event.updatedAt = event.createdAt;
            em.persist(event);
            em.flush();
            expand(em, event, true);
            return event.toEvent(BY_HAND);
        });
        return announced(created);
    }

    /** Rewrites an event from a draft, keeping its review unless one is given. */
    public Event update(long id, EventDraft draft, Event.Review review) {
        EventDraft checked = EventChecks.check(draft);
        return database.store().write(em -> {
            EventEntity event = entity(em, id);
            checkVenue(em, checked.venueId());
            event.apply(checked);
            if (review != null) {
                event.review = review;
            }
            event.updatedAt = clock.instant();
            expand(em, event);
            return event.toEvent(source(em, event));
        });
    }

    public Optional<Event> find(long id) {
        return database.store().read(em -> Optional.ofNullable(em.find(EventEntity.class, id))
                .map(e -> e.toEvent(source(em, e))));
    }

    /** The events with these ids, by id, in one query. */
    Map<Long, Event> byIds(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> feeds = feedNames(em);
        return em.createQuery("SELECT e FROM EventEntity e WHERE e.id IN :ids", EventEntity.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(e -> e.id, e -> e.toEvent(e.feedId == null ? BY_HAND : feeds.get(e.feedId))));
    }

    /** The author's address and name, for the mails of moderation. */
    Optional<String[]> author(long id) {
        return database.store().read(em -> Optional.ofNullable(em.find(EventEntity.class, id))
                .map(e -> new String[] {e.authorEmail, e.authorName}));
    }

    public void delete(long id) {
        database.store().run(em -> {
            entity(em, id);
            deleteWithOccurrences(em, List.of(id));
        });
    }

    static void deleteWithOccurrences(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("DELETE FROM OccurrenceEntity o WHERE o.eventId IN :ids").setParameter("ids", ids).executeUpdate();
        em.createQuery("DELETE FROM EventEntity e WHERE e.id IN :ids").setParameter("ids", ids).executeUpdate();
    }

    /** Publishes or refuses a submitted event, with the moderator's message to its author. */
    public Event review(long id, Event.Review review, String message) {
        return announced(database.store().write(em -> {
            EventEntity event = entity(em, id);
            event.review = review;
            event.reviewMessage = Lists.blankToNull(message);
            event.updatedAt = clock.instant();
            return event.toEvent(source(em, event));
        }));
    }

    /** Tells other modules, once it is stored, that a published event is out. */
    private Event announced(Event event) {
        EventAdmin admin = eventAdmin;
        if (admin != null && event.review() == Event.Review.PUBLISHED) {
            admin.postEvent(new org.osgi.service.event.Event(PUBLISHED_TOPIC, Map.of("id", event.id(), "title",
                    event.title(), "startsAt", event.startsAt().toEpochMilli())));
        }
        return event;
    }

    /** Cancels one occurrence of a recurring event: an EXDATE, not a copy. */
    public Event cancelOccurrence(long id, Instant start) {
        return database.store().write(em -> {
            EventEntity event = entity(em, id);
            if (event.rrule == null && Lists.split(event.rdates).isEmpty()) {
                throw new InvalidInput("start", "Only an occurrence of a recurring event can be cancelled alone.");
            }
            List<String> exdates = new ArrayList<>(Lists.split(event.exdates));
            exdates.add(ICal.local(start, event.allDay));
            event.exdates = Lists.join(exdates);
            event.updatedAt = clock.instant();
            expand(em, event);
            return event.toEvent(source(em, event));
        });
    }

    /** Merges a duplicate into the event it repeats: the duplicate disappears, its categories and tags join. */
    public Event merge(long duplicateId, long intoId) {
        if (duplicateId == intoId) {
            throw new InvalidInput("into", "An event cannot be merged into itself.");
        }
        return database.store().write(em -> {
            EventEntity duplicate = entity(em, duplicateId);
            EventEntity kept = entity(em, intoId);
            List<String> categories = new ArrayList<>(Lists.split(kept.categories));
            categories.addAll(Lists.split(duplicate.categories));
            kept.categories = Lists.join(categories);
            List<String> tags = new ArrayList<>(Lists.split(kept.tags));
            tags.addAll(Lists.split(duplicate.tags));
            kept.tags = Lists.join(tags);
            kept.updatedAt = clock.instant();
            deleteWithOccurrences(em, List.of(duplicateId));
            return kept.toEvent(source(em, kept));
        });
    }

    /** Events waiting for a moderator, oldest first. */
    public List<Event> queue(int limit) {
        return list("SELECT e FROM EventEntity e WHERE e.review = :r ORDER BY e.createdAt, e.id", limit,
                q -> q.setParameter("r", Event.Review.PENDING));
    }

    /** Published events, the latest first: for the list of the API. */
    public List<Event> published(int offset, int limit) {
        return database.store().read(em -> {
            Map<Long, String> feeds = feedNames(em);
            return em.createQuery("SELECT e FROM EventEntity e WHERE e.review = :r ORDER BY e.startsAt DESC, e.id DESC",
                    EventEntity.class).setParameter("r", Event.Review.PUBLISHED).setFirstResult(offset)
                    .setMaxResults(limit).getResultList().stream()
                    .map(e -> e.toEvent(e.feedId == null ? BY_HAND : feeds.get(e.feedId))).toList();
        });
    }

    public List<Event> byAuthor(long personId) {
        return list("SELECT e FROM EventEntity e WHERE e.authorId = :a ORDER BY e.id", 10_000,
                q -> q.setParameter("a", personId));
    }

    public List<Event> byAuthorEmail(String email) {
        return list("SELECT e FROM EventEntity e WHERE LOWER(e.authorEmail) = :a ORDER BY e.id", 10_000,
                q -> q.setParameter("a", email.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Forgets the author of their events: published ones stay (they belong to the public agenda, as
     * the structures' programmes do), without any trace of who submitted them; pending ones go.
     */
    public void eraseAuthor(long personId, String email) {
        database.store().run(em -> {
            List<Long> pending = em.createQuery("SELECT e.id FROM EventEntity e WHERE (e.authorId = :a OR LOWER(e.authorEmail) = :m)"
                    + " AND e.review <> :p", Long.class).setParameter("a", personId)
                    .setParameter("m", email == null ? "" : email.toLowerCase(java.util.Locale.ROOT))
                    .setParameter("p", Event.Review.PUBLISHED).getResultList();
            deleteWithOccurrences(em, pending);
            em.createQuery("UPDATE EventEntity e SET e.authorId = NULL, e.authorEmail = NULL, e.authorName = NULL"
                    + " WHERE e.authorId = :a OR LOWER(e.authorEmail) = :m").setParameter("a", personId)
                    .setParameter("m", email == null ? "" : email.toLowerCase(java.util.Locale.ROOT)).executeUpdate();
        });
    }

    /** Re-expands recurring events whose index ends before the horizon; answers how many were extended. */
    public int extendHorizon() {
        Instant wanted = clock.instant().plus(future).minus(Duration.ofDays(1));
        int extended = 0;
        List<Long> ids;
        do {
            ids = database.store().read(em -> em.createQuery("SELECT e.id FROM EventEntity e WHERE e.expandedUntil < :w"
                    + " AND e.rrule IS NOT NULL ORDER BY e.id", Long.class).setParameter("w", wanted).setMaxResults(200)
                    .getResultList());
            for (Long id : ids) {
                database.store().run(em -> expand(em, em.find(EventEntity.class, id)));
            }
            extended += ids.size();
        } while (ids.size() == 200);
        return extended;
    }

    /** Rewrites the event's rows of the occurrence index over the horizon. */
    void expand(EntityManager em, EventEntity event) {
        expand(em, event, false);
    }

    /** @param fresh the event was just inserted: it has no rows to delete yet */
    void expand(EntityManager em, EventEntity event, boolean fresh) {
        Instant now = clock.instant();
        Instant until = now.plus(future);
        if (!fresh) {
            em.createQuery("DELETE FROM OccurrenceEntity o WHERE o.eventId = :id").setParameter("id", event.id).executeUpdate();
        }
        for (Recurrence.Slot slot : Recurrence.expand(event.startsAt, event.endsAt, event.allDay, event.rrule,
                Lists.split(event.exdates), Lists.split(event.rdates), now.minus(past), until)) {
            em.persist(OccurrenceEntity.of(event.id, slot.start(), slot.end()));
        }
        event.expandedUntil = until;
    }

    private List<Event> list(String jpql, int limit, Function<javax.persistence.TypedQuery<EventEntity>, javax.persistence.TypedQuery<EventEntity>> parameters) {
        return database.store().read(em -> {
            Map<Long, String> feeds = feedNames(em);
            return parameters.apply(em.createQuery(jpql, EventEntity.class)).setMaxResults(limit).getResultList()
                    .stream().map(e -> e.toEvent(e.feedId == null ? BY_HAND : feeds.get(e.feedId))).toList();
        });
    }

    static EventEntity entity(EntityManager em, long id) {
        EventEntity event = em.find(EventEntity.class, id);
        if (event == null) {
            throw new NotFound("event", id);
        }
        return event;
    }

    private static void checkVenue(EntityManager em, Long venueId) {
        if (venueId != null && em.find(VenueEntity.class, venueId) == null) {
            throw new InvalidInput("venueId", "No venue " + venueId + ".");
        }
    }

    private static String source(EntityManager em, EventEntity event) {
        if (event.feedId == null) {
            return BY_HAND;
        }
        FeedEntity feed = em.find(FeedEntity.class, event.feedId);
        return feed == null ? BY_HAND : feed.name;
    }

    static Map<Long, String> feedNames(EntityManager em) {
        return em.createQuery("SELECT f FROM FeedEntity f", FeedEntity.class).getResultList().stream()
                .collect(Collectors.toMap(f -> f.id, f -> f.name));
    }
}
