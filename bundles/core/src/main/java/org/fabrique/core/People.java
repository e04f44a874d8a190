package org.fabrique.core;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * The person of each address, created (with the given name and language) when none is known
     * yet, in the order given: for imports of many addresses at once. Implementations do it in one
     * transaction.
     *
     * @since 1.3.0
     */
    default List<Person> findOrCreateAll(List<PersonChange> changes) {
        List<Person> people = new ArrayList<>(changes.size());
        for (PersonChange change : changes) {
            people.add(findByEmail(change.email()).orElseGet(() -> create(change)));
        }
        return people;
    }
}
