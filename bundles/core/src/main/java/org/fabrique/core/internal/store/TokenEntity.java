package org.fabrique.core.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.storage.InstantConverter;

/** A session or API token, known only by the SHA-256 of its value. */
@Entity
@Table(name = "core_token")
public class TokenEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "person_id")
    long personId;
    @Column(name = "created_at")
    @Convert(converter = InstantConverter.class)
    Instant createdAt;
    @Column(name = "expires_at")
    @Convert(converter = InstantConverter.class)
    Instant expiresAt;
}
