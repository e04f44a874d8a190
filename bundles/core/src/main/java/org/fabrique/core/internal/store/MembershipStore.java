package org.fabrique.core.internal.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.fabrique.core.Conflict;
import org.fabrique.core.Membership;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.Memberships;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Memberships.class)
public class MembershipStore implements Memberships {

    private static final String WITH_NAMES = "SELECT m, p.name, s.name FROM MembershipEntity m, PersonEntity p, "
            + "StructureEntity s WHERE m.personId = p.id AND m.structureId = s.id";

    private final CoreDatabase db;
    private final Clock clock;

    @Activate
    public MembershipStore(@Reference CoreDatabase db) {
        this(db, Clock.systemUTC());
    }

    MembershipStore(CoreDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Membership> ofStructure(long structureId) {
        return db.store().read(em -> named(em, " AND m.structureId = :id ORDER BY p.name, m.id", structureId));
    }

    @Override
    public List<Membership> ofPerson(long personId) {
        return db.store().read(em -> named(em, " AND m.personId = :id ORDER BY s.name, m.id", personId));
    }

    @Override
    public Optional<Membership> find(long membershipId) {
        return db.store().read(em -> named(em, " AND m.id = :id", membershipId).stream().findFirst());
    }

    private static List<Membership> named(EntityManager em, String where, long id) {
        return em.createQuery(WITH_NAMES + where, Object[].class).setParameter("id", id).getResultList().stream()
                .map(row -> ((MembershipEntity) row[0]).toMembership((String) row[1], (String) row[2]))
                .toList();
    }

    @Override
    public Membership add(long structureId, long personId, MembershipRole role, MembershipStatus status) {
        long id = db.store().write(em -> {
            if (em.find(StructureEntity.class, structureId) == null) {
                throw new NotFound("structure", structureId);
            }
            if (em.find(PersonEntity.class, personId) == null) {
                throw new NotFound("person", personId);
            }
            boolean exists = !em.createQuery("SELECT m.id FROM MembershipEntity m WHERE m.personId = :p "
                    + "AND m.structureId = :s", Long.class).setParameter("p", personId).setParameter("s", structureId)
                    .getResultList().isEmpty();
            if (exists) {
                throw new Conflict("personId", "this person already belongs to, or asked to join, this structure");
            }
            MembershipEntity membership = new MembershipEntity();
            membership.personId = personId;
            membership.structureId = structureId;
            membership.role = role;
            membership.status = status;
            membership.createdAt = clock.instant();
            em.persist(membership);
            em.flush();
            return membership.id;
        });
        return find(id).orElseThrow();
    }

    @Override
    public Membership change(long membershipId, MembershipRole role, MembershipStatus status) {
        db.store().run(em -> {
            MembershipEntity membership = em.find(MembershipEntity.class, membershipId);
            if (membership == null) {
                throw new NotFound("membership", membershipId);
            }
            if (role != null) {
                membership.role = role;
            }
            if (status != null) {
                membership.status = status;
            }
        });
        return find(membershipId).orElseThrow();
    }

    @Override
    public void remove(long membershipId) {
        db.store().run(em -> {
            MembershipEntity membership = em.find(MembershipEntity.class, membershipId);
            if (membership == null) {
                throw new NotFound("membership", membershipId);
            }
            em.remove(membership);
        });
    }

    @Override
    public Optional<MembershipRole> activeRole(long personId, long structureId) {
        return db.store().read(em -> em.createQuery("SELECT m.role FROM MembershipEntity m WHERE m.personId = :p "
                + "AND m.structureId = :s AND m.status = :active", MembershipRole.class)
                .setParameter("p", personId).setParameter("s", structureId)
                .setParameter("active", MembershipStatus.ACTIVE).getResultStream().findFirst());
    }
}
