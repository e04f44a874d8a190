package org.fabrique.core.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.fabrique.core.Conflict;
import org.fabrique.core.Language;
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

    /**
     * In one transaction, in plain JDBC on the transaction's own connection (an import brings
     * thousands): a look-up by the unique e-mail index for each address, one batch inserting the
     * missing people, and a look-up again for their ids. An address given twice gives the same
     * person twice.
     */
    @Override
    public List<Person> findOrCreateAll(List<PersonChange> changes) {
        return db.store().write(em -> {
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement find = connection.prepareStatement("SELECT id, name, email, phone, language, "
                    + "created_at, updated_at FROM core_person WHERE email = ?")) {
                Map<String, Person> byEmail = new HashMap<>();
                Map<String, PersonEntity> missing = new LinkedHashMap<>();
                for (PersonChange change : changes) {
                    String email = Emails.normalise(change.email());
                    if (!byEmail.containsKey(email) && !missing.containsKey(email)) {
                        Optional<Person> known = find(find, email);
                        if (known.isPresent()) {
                            byEmail.put(email, known.get());
                        } else {
                            PersonEntity person = new PersonEntity();
                            person.apply(change, clock.instant());
                            missing.put(email, person);
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    insert(connection, missing.values());
                    for (String email : missing.keySet()) {
                        byEmail.put(email, find(find, email).orElseThrow());
                    }
                }
                return changes.stream().map(c -> byEmail.get(Emails.normalise(c.email()))).toList();
            } catch (SQLException e) {
                throw new PersistenceException("Could not find or create the people", e);
            }
        });
    }

    private static Optional<Person> find(PreparedStatement find, String email) throws SQLException {
        find.setString(1, email);
        try (ResultSet row = find.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new Person(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                    Language.valueOf(row.getString(5)), Instant.ofEpochMilli(row.getLong(6)),
                    Instant.ofEpochMilli(row.getLong(7))));
        }
    }

    private static void insert(Connection connection, Collection<PersonEntity> people) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO core_person "
                + "(name, email, phone, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PersonEntity person : people) {
                insert.setString(1, person.name);
                insert.setString(2, person.email);
                insert.setString(3, person.phone);
                insert.setString(4, person.language.name());
                insert.setLong(5, person.createdAt.toEpochMilli());
                insert.setLong(6, person.updatedAt.toEpochMilli());
                insert.addBatch();
            }
            insert.executeBatch();
        }
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
