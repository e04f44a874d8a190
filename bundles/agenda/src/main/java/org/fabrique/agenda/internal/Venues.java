package org.fabrique.agenda.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.fabrique.agenda.Venue;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The venues of the agenda. */
@Component(service = Venues.class)
public class Venues {

    private final AgendaDatabase database;
    private final Clock clock;

    @Activate
    public Venues(@Reference AgendaDatabase database) {
        this(database, Clock.systemUTC());
    }

    Venues(AgendaDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<Venue> all() {
        return database.store().read(em -> em.createQuery("SELECT v FROM VenueEntity v ORDER BY v.name, v.id",
                VenueEntity.class).getResultList().stream().map(VenueEntity::toVenue).toList());
    }

    public Optional<Venue> find(long id) {
        return database.store().read(em -> Optional.ofNullable(em.find(VenueEntity.class, id)).map(VenueEntity::toVenue));
    }

    Map<Long, Venue> byIds(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT v FROM VenueEntity v WHERE v.id IN :ids", VenueEntity.class)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.toMap(v -> v.id, VenueEntity::toVenue));
    }

    public Venue create(VenueDraft draft) {
        check(draft);
        return database.store().write(em -> {
            VenueEntity venue = new VenueEntity();
            venue.apply(draft);
            venue.createdAt = clock.instant();
            venue.updatedAt = venue.createdAt;
            em.persist(venue);
            em.flush();
            return venue.toVenue();
        });
    }

    public Venue update(long id, VenueDraft draft) {
        check(draft);
        return database.store().write(em -> {
            VenueEntity venue = em.find(VenueEntity.class, id);
            if (venue == null) {
                throw new NotFound("venue", id);
            }
            venue.apply(draft);
            venue.updatedAt = Instant.now(clock);
            return venue.toVenue();
        });
    }

    /** Removes a venue no event takes place in any more. */
    public void delete(long id) {
        database.store().run(em -> {
            VenueEntity venue = em.find(VenueEntity.class, id);
            if (venue == null) {
                throw new NotFound("venue", id);
            }
            long events = em.createQuery("SELECT COUNT(e) FROM EventEntity e WHERE e.venueId = :v", Long.class)
                    .setParameter("v", id).getSingleResult();
            if (events > 0) {
                throw new org.fabrique.core.Conflict("venue", "Events still take place in this venue.");
            }
            em.remove(venue);
        });
    }

    private static void check(VenueDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        EventChecks.link(draft.website(), "website");
        if (draft.latitude() != null && Math.abs(draft.latitude()) > 90) {
            throw new InvalidInput("latitude", "must be between -90 and 90");
        }
        if (draft.longitude() != null && Math.abs(draft.longitude()) > 180) {
            throw new InvalidInput("longitude", "must be between -180 and 180");
        }
    }
}
