package org.fabrique.core.internal.store;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.fabrique.core.NotFound;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.Structure;
import org.fabrique.core.StructureChange;
import org.fabrique.core.StructureKind;
import org.fabrique.core.Structures;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Structures.class)
public class StructureStore implements Structures {

    private final CoreDatabase db;
    private final Clock clock;

    @Activate
    public StructureStore(@Reference CoreDatabase db) {
        this(db, Clock.systemUTC());
    }

    StructureStore(CoreDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Page<Structure> list(PageRequest request, StructureKind kind) {
        StringBuilder from = new StringBuilder("FROM StructureEntity e WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (kind != null) {
            from.append(" AND e.kind = :kind");
            parameters.put("kind", kind);
        }
        if (request.query() != null) {
            from.append(" AND (LOWER(e.name) LIKE :q ESCAPE '\\' OR LOWER(e.neighbourhood) LIKE :q ESCAPE '\\'"
                    + " OR LOWER(e.description) LIKE :q ESCAPE '\\')");
            parameters.put("q", Paging.contains(request.query()));
        }
        return db.store().read(em -> Paging.page(em, StructureEntity.class, from.toString(), "ORDER BY e.name, e.id",
                parameters, request, StructureEntity::toStructure));
    }

    @Override
    public Optional<Structure> find(long id) {
        return db.store().read(em -> Optional.ofNullable(em.find(StructureEntity.class, id))
                .map(StructureEntity::toStructure));
    }

    @Override
    public Structure create(StructureChange change) {
        return db.store().write(em -> {
            StructureEntity structure = new StructureEntity();
            structure.apply(change, clock.instant());
            em.persist(structure);
            em.flush();
            return structure.toStructure();
        });
    }

    @Override
    public Structure update(long id, StructureChange change) {
        return db.store().write(em -> {
            StructureEntity structure = em.find(StructureEntity.class, id);
            if (structure == null) {
                throw new NotFound("structure", id);
            }
            structure.apply(change, clock.instant());
            return structure.toStructure();
        });
    }

    @Override
    public void delete(long id) {
        db.store().run(em -> {
            StructureEntity structure = em.find(StructureEntity.class, id);
            if (structure == null) {
                throw new NotFound("structure", id);
            }
            em.createQuery("DELETE FROM MembershipEntity m WHERE m.structureId = :id").setParameter("id", id)
                    .executeUpdate();
            em.remove(structure);
        });
    }
}
