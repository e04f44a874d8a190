package org.fabrique.core;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The people known to the Fabrique. */
@ProviderType
public interface People {

    /** People whose name or e-mail contains the query, by name. */
    Page<Person> list(PageRequest request);

    Optional<Person> find(long id);

    Optional<Person> findByEmail(String email);

    /** Creates a person; {@link Conflict} on the field {@code email} when the address is taken. */
    Person create(PersonChange change);

    Person update(long id, PersonChange change);
}
