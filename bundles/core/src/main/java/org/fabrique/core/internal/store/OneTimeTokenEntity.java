package org.fabrique.core.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.storage.InstantConverter;

/** A single-use token sent in a link, known only by the SHA-256 of its value; used once it has a usedAt. */
@Entity
@Table(name = "core_one_time_token")
public class OneTimeTokenEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "person_id")
    long personId;
    @Enumerated(EnumType.STRING)
    OneTimePurpose purpose;
    @Column(name = "created_at")
    @Convert(converter = InstantConverter.class)
    Instant createdAt;
    @Column(name = "expires_at")
    @Convert(converter = InstantConverter.class)
    Instant expiresAt;
    @Column(name = "used_at")
    @Convert(converter = InstantConverter.class)
    Instant usedAt;
}
