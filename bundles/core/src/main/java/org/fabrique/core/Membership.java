package org.fabrique.core;

import java.time.Instant;

/** A person's place in a structure. */
public record Membership(long id, long personId, String personName, long structureId, String structureName,
        MembershipRole role, MembershipStatus status, Instant createdAt) {
}
