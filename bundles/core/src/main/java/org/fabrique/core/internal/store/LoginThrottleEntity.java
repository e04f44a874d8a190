package org.fabrique.core.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.storage.InstantConverter;

/** Failed logins for one address (known or not), kept in the database so every node agrees. */
@Entity
@Table(name = "core_login_throttle")
public class LoginThrottleEntity {

    @Id
    @Column(name = "email_hash")
    String emailHash;
    int failures;
    @Column(name = "window_start")
    @Convert(converter = InstantConverter.class)
    Instant windowStart;
    @Column(name = "locked_until")
    @Convert(converter = InstantConverter.class)
    Instant lockedUntil;
}
