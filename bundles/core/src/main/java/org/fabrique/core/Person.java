package org.fabrique.core;

import java.time.Instant;

/** A person known to the Fabrique. The e-mail address is unique, compared without case. */
public record Person(long id, String name, String email, String phone, Language language,
        Instant createdAt, Instant updatedAt) {
}
