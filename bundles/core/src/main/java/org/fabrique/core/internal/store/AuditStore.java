package org.fabrique.core.internal.store;

import java.time.Clock;
import java.util.Map;

import org.fabrique.core.AuditEntry;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuditLog.class)
public class AuditStore implements AuditLog {

    private final CoreDatabase db;
    private final Clock clock;

    @Activate
    public AuditStore(@Reference CoreDatabase db) {
        this(db, Clock.systemUTC());
    }

    AuditStore(CoreDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(Long actorId, String action, String target, String detail) {
        db.store().run(em -> {
            AuditEntity entry = new AuditEntity();
            entry.at = clock.instant();
            entry.actorId = actorId;
            entry.action = action;
            entry.target = target;
            entry.detail = detail == null ? null : detail.substring(0, Math.min(2000, detail.length()));
            em.persist(entry);
        });
    }

    @Override
    public Page<AuditEntry> list(PageRequest request) {
        return db.store().read(em -> request.query() == null
                ? Paging.page(em, AuditEntity.class, "FROM AuditEntity e", "ORDER BY e.at DESC, e.id DESC",
                        Map.of(), request, AuditEntity::toEntry)
                : Paging.page(em, AuditEntity.class,
                        "FROM AuditEntity e WHERE LOWER(e.action) LIKE :q ESCAPE '\\' OR LOWER(e.target) LIKE :q ESCAPE '\\'",
                        "ORDER BY e.at DESC, e.id DESC", Map.of("q", Paging.contains(request.query())), request,
                        AuditEntity::toEntry));
    }
}
