package org.fabrique.core.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.PersistenceException;

import org.fabrique.core.Consent;
import org.fabrique.core.ConsentChange;
import org.fabrique.core.Consents;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Consents.class)
public class ConsentStore implements Consents {

    private final CoreDatabase db;
    private final Clock clock;

    @Activate
    public ConsentStore(@Reference CoreDatabase db) {
        this(db, Clock.systemUTC());
    }

    ConsentStore(CoreDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Consent record(long personId, ConsentChange change, String source) {
        return db.store().write(em -> {
            if (em.find(PersonEntity.class, personId) == null) {
                throw new NotFound("person", personId);
            }
            ConsentEntity consent = new ConsentEntity();
            consent.personId = personId;
            consent.purpose = change.purpose();
            consent.scope = change.scope();
            consent.granted = change.granted();
            consent.recordedAt = clock.instant();
            consent.source = cut(source);
            em.persist(consent);
            em.flush();
            return consent.toConsent();
        });
    }

    /**
     * In one transaction, one JDBC batch on the transaction's own connection (an import records
     * thousands). The foreign key to {@code core_person} refuses the batch if one of the people
     * does not exist: {@link NotFound}, and nothing is recorded.
     */
    @Override
    public int recordAll(List<Long> personIds, ConsentChange change, String source) {
        return db.store().write(em -> {
            long now = clock.millis();
            try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement("INSERT INTO core_consent "
                    + "(person_id, purpose, consent_scope, granted, recorded_at, source) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (long personId : personIds) {
                    insert.setLong(1, personId);
                    insert.setString(2, change.purpose());
                    insert.setString(3, change.scope());
                    insert.setBoolean(4, change.granted());
                    insert.setLong(5, now);
                    insert.setString(6, cut(source));
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    throw new NotFound("person", "one of " + personIds.size());
                }
                throw new PersistenceException("Could not record the consents", e);
            }
            return personIds.size();
        });
    }

    private static String cut(String source) {
        return source == null ? null : source.substring(0, Math.min(200, source.length()));
    }

    @Override
    public List<Consent> history(long personId) {
        return db.store().read(em -> em.createQuery("SELECT c FROM ConsentEntity c WHERE c.personId = :p "
                + "ORDER BY c.recordedAt DESC, c.id DESC", ConsentEntity.class).setParameter("p", personId)
                .getResultList().stream().map(ConsentEntity::toConsent).toList());
    }

    @Override
    public List<Consent> current(long personId) {
        Map<String, Consent> latest = new LinkedHashMap<>();
        for (Consent consent : history(personId)) {
            latest.putIfAbsent(consent.purpose() + "\u0000" + consent.scope(), consent);
        }
        return List.copyOf(latest.values());
    }

    @Override
    public boolean isGranted(long personId, String purpose, String scope) {
        return current(personId).stream()
                .anyMatch(c -> c.purpose().equals(purpose) && c.scope().equals(scope) && c.granted());
    }
}
