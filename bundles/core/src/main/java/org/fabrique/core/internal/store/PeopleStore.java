package org.fabrique.core.internal.store;

import java.time.Clock;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.fabrique.core.Conflict;
import org.fabrique.core.NotFound;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = People.class)
public class PeopleStore implements People {

    private final CoreDatabase db;
    private final Clock clock;

    @Activate
    public PeopleStore(@Reference CoreDatabase db) {
        this(db, Clock.systemUTC());
    }

    PeopleStore(CoreDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Page<Person> list(PageRequest request) {
        return db.store().read(em -> request.query() == null
                ? Paging.page(em, PersonEntity.class, "FROM PersonEntity e", "ORDER BY e.name, e.id",
                        Map.of(), request, PersonEntity::toPerson)
                : Paging.page(em, PersonEntity.class,
                        "FROM PersonEntity e WHERE LOWER(e.name) LIKE :q ESCAPE '\\' OR e.email LIKE :q ESCAPE '\\'",
                        "ORDER BY e.name, e.id", Map.of("q", Paging.contains(request.query())), request,
                        PersonEntity::toPerson));
    }

    @Override
    public Optional<Person> find(long id) {
        return db.store().read(em -> Optional.ofNullable(em.find(PersonEntity.class, id)).map(PersonEntity::toPerson));
    }

    @Override
    public Optional<Person> findByEmail(String email) {
        return db.store().read(em -> byEmail(em, email)).map(PersonEntity::toPerson);
    }

    static Optional<PersonEntity> byEmail(EntityManager em, String email) {
        return em.createQuery("SELECT p FROM PersonEntity p WHERE p.email = :email", PersonEntity.class)
                .setParameter("email", Emails.normalise(email)).getResultStream().findFirst();
    }

    @Override
    public Person create(PersonChange change) {
        return db.store().write(em -> {
            requireFreeEmail(em, change.email(), null);
            PersonEntity person = new PersonEntity();
            person.apply(change, clock.instant());
            em.persist(person);
            em.flush();
            return person.toPerson();
        });
    }

    /** In one transaction; an address given twice gives the same person twice. */
    @Override
    public List<Person> findOrCreateAll(List<PersonChange> changes) {
        return db.store().write(em -> {
            List<Person> people = new java.util.ArrayList<>(changes.size());
            java.util.Map<String, PersonEntity> created = new java.util.HashMap<>();
            for (PersonChange change : changes) {
                String email = Emails.normalise(change.email());
                PersonEntity person = created.get(email);
                if (person == null) {
                    person = byEmail(em, email).orElse(null);
                }
                if (person == null) {
                    person = new PersonEntity();
                    person.apply(change, clock.instant());
                    em.persist(person);
                    em.flush();
                    created.put(email, person);
                }
                people.add(person.toPerson());
            }
            return people;
        });
    }

    @Override
    public Person update(long id, PersonChange change) {
        return db.store().write(em -> {
            PersonEntity person = em.find(PersonEntity.class, id);
            if (person == null) {
                throw new NotFound("person", id);
            }
            requireFreeEmail(em, change.email(), id);
            String previousEmail = person.email;
            person.apply(change, clock.instant());
            if (!previousEmail.equals(person.email)) {
                // Links sent to the old address must not act on the new one.
                em.createQuery("DELETE FROM OneTimeTokenEntity t WHERE t.personId = :p").setParameter("p", id)
                        .executeUpdate();
            }
            return person.toPerson();
        });
    }

    private static void requireFreeEmail(EntityManager em, String email, Long owner) {
        byEmail(em, email).filter(p -> !p.id.equals(owner)).ifPresent(p -> {
            throw new Conflict("email", "this address is already used by another person");
        });
    }
}
