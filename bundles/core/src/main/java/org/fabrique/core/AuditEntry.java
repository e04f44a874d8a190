package org.fabrique.core;

import java.time.Instant;

/** An administrative action: who (null once erased), what, on what, when. */
public record AuditEntry(long id, Instant at, Long actorId, String action, String target, String detail) {
}
