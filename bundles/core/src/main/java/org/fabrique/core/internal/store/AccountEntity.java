package org.fabrique.core.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.storage.InstantConverter;

@Entity
@Table(name = "core_account")
public class AccountEntity {

    @Id
    @Column(name = "person_id")
    Long personId;
    @Column(name = "password_hash")
    String passwordHash;
    @Column(name = "password_changed_at")
    @Convert(converter = InstantConverter.class)
    Instant passwordChangedAt;
    /** Signed up themselves: no login before the address is confirmed. */
    @Column(name = "requires_confirmation")
    boolean requiresConfirmation;
}
