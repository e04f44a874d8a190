package org.fabrique.core;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The member structures of the Fabrique: a public directory. */
@ProviderType
public interface Structures {

    /** Structures whose name, neighbourhood or description contains the query, of one kind or all. */
    Page<Structure> list(PageRequest request, StructureKind kind);

    Optional<Structure> find(long id);

    Structure create(StructureChange change);

    Structure update(long id, StructureChange change);

    /** Deletes the structure and its memberships. */
    void delete(long id);
}
