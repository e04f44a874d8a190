package org.fabrique.core.internal.store;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return recordAll(List.of(personId), change, source).get(0);
    }

    /** In one transaction; {@link NotFound} (and nothing recorded) if one of the people does not exist. */
    @Override
    public List<Consent> recordAll(List<Long> personIds, ConsentChange change, String source) {
        return db.store().write(em -> {
            List<ConsentEntity> recorded = new java.util.ArrayList<>(personIds.size());
            for (long personId : personIds) {
                if (em.find(PersonEntity.class, personId) == null) {
                    throw new NotFound("person", personId);
                }
                ConsentEntity consent = new ConsentEntity();
                consent.personId = personId;
                consent.purpose = change.purpose();
                consent.scope = change.scope();
                consent.granted = change.granted();
                consent.recordedAt = clock.instant();
                consent.source = source == null ? null : source.substring(0, Math.min(200, source.length()));
                em.persist(consent);
                recorded.add(consent);
            }
            em.flush();
            return recorded.stream().map(ConsentEntity::toConsent).toList();
        });
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
