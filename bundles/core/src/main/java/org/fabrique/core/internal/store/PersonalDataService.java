package org.fabrique.core.internal.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fabrique.core.Caller;
import org.fabrique.core.Conflict;
import org.fabrique.core.Consents;
import org.fabrique.core.Memberships;
import org.fabrique.core.NotFound;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonalData;
import org.fabrique.core.PersonalDataContributor;
import org.fabrique.core.Roles;
import org.fabrique.core.internal.security.Tokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's data across the platform: the core's own part, then each module's. An erasure asks
 * every module first and removes the person only when all of them succeeded, so that a failing
 * module can be retried rather than left with data about nobody.
 */
@Component(service = PersonalData.class)
public class PersonalDataService implements PersonalData {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataService.class);

    private final CoreDatabase db;
    private final People people;
    private final Memberships memberships;
    private final Roles roles;
    private final Consents consents;
    private final List<PersonalDataContributor> contributors = new CopyOnWriteArrayList<>();

    @Activate
    public PersonalDataService(@Reference CoreDatabase db, @Reference People people,
            @Reference Memberships memberships, @Reference Roles roles, @Reference Consents consents) {
        this.db = db;
        this.people = people;
        this.memberships = memberships;
        this.roles = roles;
        this.consents = consents;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addContributor(PersonalDataContributor contributor) {
        contributors.add(contributor);
    }

    public void removeContributor(PersonalDataContributor contributor) {
        contributors.remove(contributor);
    }

    @Override
    public Map<String, Object> export(long personId) {
        Map<String, Object> core = new LinkedHashMap<>();
        core.put("person", people.find(personId).orElseThrow(() -> new NotFound("person", personId)));
        core.put("memberships", memberships.ofPerson(personId));
        core.put("roles", roles.of(personId));
        core.put("consents", consents.history(personId));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("core", core);
        for (PersonalDataContributor contributor : contributors) {
            try {
                export.put(contributor.id(), contributor.export(personId));
            } catch (RuntimeException e) {
                LOG.error("Module {} could not export person {}", contributor.id(), personId, e);
                export.put(contributor.id(), Map.of("error", "This module could not export its data; try again later."));
            }
        }
        return export;
    }

    @Override
    public void erase(long personId) {
        Person person = people.find(personId).orElseThrow(() -> new NotFound("person", personId));
        if (roles.of(personId).contains(Caller.ADMIN) && administrators() == 1) {
            throw new Conflict("role", "the last administrator cannot be erased; make someone else administrator first");
        }
        for (PersonalDataContributor contributor : contributors) {
            contributor.erase(personId);
        }
        db.store().run(em -> {
            for (String entity : new String[] {"OneTimeTokenEntity", "TokenEntity", "AccountEntity", "RoleGrantEntity",
                    "ConsentEntity", "MembershipEntity"}) {
                em.createQuery("DELETE FROM " + entity + " x WHERE x.personId = :p").setParameter("p", personId)
                        .executeUpdate();
            }
            em.createQuery("UPDATE AuditEntity a SET a.actorId = NULL WHERE a.actorId = :p")
                    .setParameter("p", personId).executeUpdate();
            em.createQuery("DELETE FROM LoginThrottleEntity t WHERE t.emailHash = :h")
                    .setParameter("h", Tokens.sha256(Emails.normalise(person.email()))).executeUpdate();
            em.createQuery("DELETE FROM PersonEntity p WHERE p.id = :p").setParameter("p", personId).executeUpdate();
        });
    }

    private long administrators() {
        return db.store().read(em -> em.createQuery("SELECT COUNT(g) FROM RoleGrantEntity g WHERE g.role = :r",
                Long.class).setParameter("r", Caller.ADMIN).getSingleResult());
    }
}
