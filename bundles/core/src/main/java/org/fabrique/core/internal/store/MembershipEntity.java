package org.fabrique.core.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.Membership;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.storage.InstantConverter;

@Entity
@Table(name = "core_membership")
public class MembershipEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "person_id")
    long personId;
    @Column(name = "structure_id")
    long structureId;
    @Enumerated(EnumType.STRING)
    MembershipRole role;
    @Enumerated(EnumType.STRING)
    MembershipStatus status;
    @Column(name = "created_at")
    @Convert(converter = InstantConverter.class)
    Instant createdAt;

    Membership toMembership(String personName, String structureName) {
        return new Membership(id, personId, personName, structureId, structureName, role, status, createdAt);
    }
}
