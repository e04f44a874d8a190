package org.fabrique.core.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.AuditEntry;
import org.fabrique.core.storage.InstantConverter;

@Entity
@Table(name = "core_audit")
public class AuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "at_time")
    @Convert(converter = InstantConverter.class)
    Instant at;
    @Column(name = "actor_id")
    Long actorId;
    String action;
    String target;
    String detail;

    AuditEntry toEntry() {
        return new AuditEntry(id, at, actorId, action, target, detail);
    }
}
