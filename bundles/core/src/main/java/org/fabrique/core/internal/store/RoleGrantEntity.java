package org.fabrique.core.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.storage.InstantConverter;

@Entity
@Table(name = "core_role_grant")
public class RoleGrantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "person_id")
    long personId;
    @Column(name = "role_name")
    String role;
    @Column(name = "granted_at")
    @Convert(converter = InstantConverter.class)
    Instant grantedAt;
}
