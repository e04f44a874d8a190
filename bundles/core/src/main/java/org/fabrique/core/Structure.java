package org.fabrique.core;

import java.time.Instant;

/** A member structure of the Fabrique: an association, a cooperative, a company, a venue... */
public record Structure(long id, String name, StructureKind kind, String siren, String rna,
        String address, String neighbourhood, String website, String description,
        Instant createdAt, Instant updatedAt) {
}
