package org.fabrique.core;

import java.time.Instant;

/** An opaque token given once at login; only its hash is stored. */
public record Session(String token, long personId, Instant expiresAt) {
}
